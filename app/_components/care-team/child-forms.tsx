"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useToast } from "@/app/_components/toast";
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

/**
 * Records a need from the catalog, with the date it was first noticed or diagnosed. The picker
 * offers only needs the child does not have open already; once added, a toast says so and the
 * form closes, reset for the next one.
 */
export function AddNeedForm({
  familyId,
  childId,
  childName,
  openNeedIds,
  today,
  startOpen,
}: {
  familyId: string;
  childId: string;
  childName: string;
  openNeedIds: readonly string[];
  today: string;
  startOpen: boolean;
}) {
  const t = useTranslations("children");
  const { needs } = catalogIn(useLocale());
  const toast = useToast();
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  const offered = needs.filter((need) => !openNeedIds.includes(need.id));
  const initial = { needId: offered[0]?.id ?? "", identifiedOn: today };
  const { form, submit, field, fieldError, alert, busy } = useApiForm({
    schema: (schemas) => schemas.needCreateSchema,
    defaultValues: initial,
  });
  const needId = useWatch({ control: form.control, name: "needId" });
  const selected = offered.find((need) => need.id === needId);
  const needError = fieldError("needId");
  const onSubmit = submit(
    (input) => apiFetch(`${familyPath(familyId)}/children/${childId}/needs`, { body: input }),
    () => {
      const added = needs.find((need) => need.id === needId)?.label ?? needId;
      // The next need offered is the first one the child does not have yet, now this one is open.
      const rest = offered.filter((need) => need.id !== needId);
      form.reset({ needId: rest[0]?.id ?? "", identifiedOn: today });
      setOpen(false);
      toast({ message: t("needAdded", { need: added, name: childName }) });
    },
  );

  return (
    <details
      className="mt-3 rounded-md border border-stone-200 p-3"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold text-brand-800">{t("addNeedFor", { name: childName })}</summary>
      <div className="mt-3">
        {offered.length === 0 ? (
          <p className="text-sm text-stone-700">{t("allNeedsRecorded", { name: childName })}</p>
        ) : (
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
                {offered.map((need) => (
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
        )}
      </div>
    </details>
  );
}

/** Marks a service as needed directly, with the reason (a discharge plan, a coach's advice). */
export function MarkServiceForm({
  familyId,
  childId,
  childName,
  today,
}: {
  familyId: string;
  childId: string;
  childName: string;
  today: string;
}) {
  const t = useTranslations("children");
  const { services } = catalogIn(useLocale());
  const toast = useToast();
  const id = useId();
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.neededServiceCreateSchema,
    defaultValues: { serviceId: services[0]!.id, reason: "", markedOn: today },
  });
  const onSubmit = submit(
    (input) => apiFetch(`${familyPath(familyId)}/children/${childId}/needed-services`, { body: input }),
    () => {
      const serviceId = form.getValues("serviceId");
      const marked = services.find((service) => service.id === serviceId)?.label ?? serviceId;
      form.reset();
      toast({ message: t("serviceMarked", { service: marked, name: childName }) });
    },
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
