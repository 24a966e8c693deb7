"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import type { FormSchemas } from "@/app/_components/validate";
import { catalogIn } from "@/lib/domain/catalog/localize";

const familyPath = (familyId: string) => `/api/v1/families/${familyId}`;
const formText = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? "");

/** Adds a child: a name or nickname, and a birth year if the family wants to give one. */
export function AddChildForm({ familyId }: { familyId: string }) {
  const t = useTranslations("children");
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { fields, alert, busy, send } = useApiForm();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const year = formText(target, "birthYear").trim();
    const input = { name: formText(target, "name"), birthYear: year ? Number(year) : null };
    if (
      await send(
        target,
        (schemas) => schemas.childCreateSchema,
        input,
        (data) => apiFetch(`${familyPath(familyId)}/children`, { body: data }),
      )
    )
      target.reset();
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <FormField
          id={`${id}-name`}
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          error={fields.name}
          autoComplete="off"
        />
        <FormField
          id={`${id}-year`}
          name="birthYear"
          label={t("birthYear")}
          inputMode="numeric"
          error={fields.birthYear}
        />
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
  const [needId, setNeedId] = useState(needs[0]!.id);
  const { fields, alert, busy, send } = useApiForm();
  const selected = needs.find((need) => need.id === needId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const input = { needId, identifiedOn: formText(target, "identifiedOn") };
    await send(
      target,
      (schemas) => schemas.needCreateSchema,
      input,
      (data) => apiFetch(`${familyPath(familyId)}/children/${childId}/needs`, { body: data }),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-need`} className="text-sm font-semibold">
          {t("need")}
        </label>
        <select
          id={`${id}-need`}
          name="needId"
          className="input"
          value={needId}
          onChange={(event) => setNeedId(event.target.value)}
          aria-describedby={fields.needId ? `${id}-need-about ${id}-need-error` : `${id}-need-about`}
          aria-invalid={fields.needId ? true : undefined}
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
        {fields.needId && (
          <p id={`${id}-need-error`} className="text-sm font-medium text-red-800">
            {fields.needId}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <FormField
          id={`${id}-date`}
          name="identifiedOn"
          type="date"
          label={t("identifiedOn")}
          defaultValue={today}
          error={fields.identifiedOn}
        />
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
  field,
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
  const { fields, alert, busy, send } = useApiForm();
  const schema = (schemas: FormSchemas) =>
    field === "resolvedOn" ? schemas.needPatchSchema : schemas.neededServicePatchSchema;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const input = { [field]: closedOn ? null : formText(target, field) };
    await send(target, schema, input, (data) => apiFetch(path, { method: "PATCH", body: data }));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
      {!closedOn && (
        <FormField
          id={`${id}-date`}
          name={field}
          type="date"
          label={labels.date}
          defaultValue={today}
          error={fields[field]}
        />
      )}
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
  const { fields, alert, busy, send } = useApiForm();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const input = {
      serviceId: formText(target, "serviceId"),
      markedOn: formText(target, "markedOn"),
      reason: formText(target, "reason"),
    };
    if (
      await send(
        target,
        (schemas) => schemas.neededServiceCreateSchema,
        input,
        (data) => apiFetch(`${familyPath(familyId)}/children/${childId}/needed-services`, { body: data }),
      )
    )
      target.reset();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-service`} className="text-sm font-semibold">
          {t("service")}
        </label>
        <select id={`${id}-service`} name="serviceId" className="input" defaultValue={services[0]!.id}>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.label}
            </option>
          ))}
        </select>
      </div>
      <FormField id={`${id}-reason`} name="reason" label={t("reason")} hint={t("reasonHint")} error={fields.reason} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <FormField
          id={`${id}-date`}
          name="markedOn"
          type="date"
          label={t("markedOn")}
          defaultValue={today}
          error={fields.markedOn}
        />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("markNeeded")}
        </button>
      </div>
    </form>
  );
}
