"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField, TextAreaField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { REQUEST_STATUSES, requestsPath, type RequestStatus } from "@/app/_components/requests/request-types";
import { useRefreshRequests } from "@/app/_components/requests/use-requests";

type Values = { on: string; note: string; status: RequestStatus | "" };

/** What happened next: a note with its date and, when the answer came, the request's new status. */
export function AddUpdateForm({
  familyId,
  requestId,
  today,
  status,
}: {
  familyId: string;
  requestId: string;
  today: string;
  status: RequestStatus;
}) {
  const t = useTranslations("requests");
  const id = useId();
  const refresh = useRefreshRequests(familyId);
  const { form, submit, field, alert, busy } = useApiForm<Values, { on: string; note: string; status?: RequestStatus }>(
    {
      refresh: false,
      schema: (schemas) => schemas.requestUpdateCreateSchema,
      defaultValues: { on: today, note: "", status: "" },
      toInput: ({ on, note, status: next }) => ({ on, note, ...(next ? { status: next } : {}) }),
    },
  );
  const onSubmit = submit(
    (input) => apiFetch(`${requestsPath(familyId)}/${requestId}/updates`, { body: input }),
    () => {
      void refresh();
      form.reset({ on: today, note: "", status: "" });
    },
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 card">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("addUpdateTitle")}
      </h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormAlert message={alert} />
        <TextAreaField
          label={t("note")}
          hint={t("noteHint")}
          rows={3}
          maxLength={2000}
          {...field("note", `${id}-note`)}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField type="date" label={t("updateOn")} max="2999-12-31" {...field("on", `${id}-on`)} />
          <SelectField label={t("newStatus")} {...field("status", `${id}-status`)}>
            <option value="">{t("keepStatus", { status: t(`statuses.${status}`) })}</option>
            {REQUEST_STATUSES.filter((option) => option !== status).map((option) => (
              <option key={option} value={option}>
                {t(`statuses.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit" className="btn-primary self-start" disabled={busy}>
          {busy ? t("saving") : t("addUpdate")}
        </button>
      </form>
    </section>
  );
}
