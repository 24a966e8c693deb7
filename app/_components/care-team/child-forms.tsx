"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useWatch } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { catalogIn } from "@/lib/domain/catalog/localize";

const familyPath = (familyId: string) => `/api/v1/families/${familyId}`;

/** Adds a child: a name or nickname, and a birth year if the family wants to give one. */
export function AddChildForm({ familyId }: { familyId: string }) {
  const t = useTranslations("children");
  const id = useId();
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.childCreateSchema,
    defaultValues: { name: "", birthYear: "" },
    toInput: ({ name, birthYear }) => ({ name, birthYear: birthYear.trim() ? Number(birthYear) : null }),
  });
  const onSubmit = submit(
    (input) => apiFetch(`${familyPath(familyId)}/children`, { body: input }),
    () => form.reset(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <FormField label={t("name")} hint={t("nameHint")} autoComplete="off" {...field("name", `${id}-name`)} />
        <FormField label={t("birthYear")} inputMode="numeric" {...field("birthYear", `${id}-year`)} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("add")}
        </button>
      </div>
    </form>
  );
}

/** Records a need from the catalog, with the date it was first noticed or diagnosed. */
export function AddNeedForm({ familyId, childId, today }: { familyId: string; childId: string; today: string }) {
  const t = useTranslations("children");
  const { needs } = catalogIn(useLocale());
  const id = useId();
  const { form, submit, field, fieldError, alert, busy } = useApiForm({
    schema: (schemas) => schemas.needCreateSchema,
    defaultValues: { needId: needs[0]!.id, identifiedOn: today },
  });
  const needId = useWatch({ control: form.control, name: "needId" });
  const selected = needs.find((need) => need.id === needId);
  const needError = fieldError("needId");
  const onSubmit = submit((input) => apiFetch(`${familyPath(familyId)}/children/${childId}/needs`, { body: input }));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-need`} className="text-sm font-semibold">
          {t("need")}
        </label>
        <select
          id={`${id}-need`}
          className="input"
          aria-describedby={needError ? `${id}-need-about ${id}-need-error` : `${id}-need-about`}
          aria-invalid={needError ? true : undefined}
          {...form.register("needId")}
        >
          {needs.map((need) => (
            <option key={need.id} value={need.id}>
              {need.label}
            </option>
          ))}
        </select>
        <p id={`${id}-need-about`} className="text-sm text-stone-600" aria-live="polite">
          {selected?.description}
        </p>
        {needError && (
          <p id={`${id}-need-error`} className="text-sm font-medium text-red-800">
            {needError}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <FormField type="date" label={t("identifiedOn")} {...field("identifiedOn", `${id}-date`)} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("addNeed")}
        </button>
      </div>
    </form>
  );
}

type CloseLabels = { date: string; close: string; reopen: string };

/**
 * Ends something dated on a day, or reopens it: a need resolved, a marked service no longer needed.
 * Ending keeps the record (and the timeline true); removing is for mistakes.
 */
export function CloseForm({
  path,
  field: dateName,
  closedOn,
  today,
  labels,
}: {
  path: string;
  field: "resolvedOn" | "clearedOn";
  closedOn: string | null;
  today: string;
  labels: CloseLabels;
}) {
  const id = useId();
  const { submit, field, alert, busy } = useApiForm<Record<string, string>, Record<string, string | null>>({
    schema: (schemas) => (dateName === "resolvedOn" ? schemas.needPatchSchema : schemas.neededServicePatchSchema),
    defaultValues: { [dateName]: today },
    toInput: (values) => ({ [dateName]: closedOn ? null : values[dateName]! }),
  });
  const onSubmit = submit((input) => apiFetch(path, { method: "PATCH", body: input }));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      {!closedOn && <FormField type="date" label={labels.date} {...field(dateName, `${id}-date`)} />}
      <button type="submit" className="btn-secondary" disabled={busy}>
        {closedOn ? labels.reopen : labels.close}
      </button>
      <div className="basis-full">
        <FormAlert message={alert} />
      </div>
    </form>
  );
}

/** Marks a service as needed directly, with the reason (a discharge plan, a coach's advice). */
export function MarkServiceForm({ familyId, childId, today }: { familyId: string; childId: string; today: string }) {
  const t = useTranslations("children");
  const { services } = catalogIn(useLocale());
  const id = useId();
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.neededServiceCreateSchema,
    defaultValues: { serviceId: services[0]!.id, reason: "", markedOn: today },
  });
  const onSubmit = submit(
    (input) => apiFetch(`${familyPath(familyId)}/children/${childId}/needed-services`, { body: input }),
    () => form.reset(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <SelectField label={t("service")} {...field("serviceId", `${id}-service`)}>
        {services.map((service) => (
          <option key={service.id} value={service.id}>
            {service.label}
          </option>
        ))}
      </SelectField>
      <FormField label={t("reason")} hint={t("reasonHint")} {...field("reason", `${id}-reason`)} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <FormField type="date" label={t("markedOn")} {...field("markedOn", `${id}-date`)} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("markNeeded")}
        </button>
      </div>
    </form>
  );
}
