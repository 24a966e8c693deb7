"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFormatter } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField, TextAreaField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import {
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  requestsPath,
  type FamilyRequest,
  type RequestChannel,
  type RequestKind,
} from "@/app/_components/requests/request-types";
import { useRefreshRequests } from "@/app/_components/requests/use-requests";

type Values = {
  toName: string;
  toOrganization: string;
  kind: RequestKind;
  childId: string;
  summary: string;
  askedOn: string;
  channel: RequestChannel;
  dueOn: string;
};

type Prefill = { kind?: RequestKind; childId?: string; service?: { id: string; label: string } };

/**
 * "I just called them": who, what was asked, today, by phone, in a few taps. Clarity suggests the
 * date an answer is due unless the family sets one.
 */
export function LogRequestForm({
  familyId,
  today,
  familyChildren,
  prefill,
  className,
}: {
  familyId: string;
  today: string;
  familyChildren: { id: string; name: string }[];
  prefill: Prefill;
  className?: string;
}) {
  const t = useTranslations("requests");
  const id = useId();
  const format = useFormatter();
  const refresh = useRefreshRequests(familyId);
  const [saved, setSaved] = useState<FamilyRequest>();
  const { form, submit, field, alert, busy } = useApiForm<Values>({
    refresh: false,
    defaultValues: {
      toName: "",
      toOrganization: "",
      kind: prefill.kind ?? (prefill.service ? "service-request" : "other"),
      childId: prefill.childId ?? familyChildren[0]?.id ?? "",
      summary: prefill.service ? t("askFor", { service: prefill.service.label }) : "",
      askedOn: today,
      channel: "phone",
      dueOn: "",
    },
    // The API names the recipient's fields inside `to`; they are shown on this form's own fields.
    serverFields: (fields) =>
      Object.fromEntries(
        Object.entries(fields).map(([name, message]) => [
          name === "to.name"
            ? "toName"
            : name === "to.organization"
              ? "toOrganization"
              : name === "childIds"
                ? "childId"
                : name,
          message,
        ]),
      ),
  });
  const onSubmit = submit(
    async (values) => {
      setSaved(undefined);
      const { request } = await apiFetch<{ request: FamilyRequest }>(requestsPath(familyId), {
        body: {
          kind: values.kind,
          to: {
            name: values.toName.trim(),
            ...(values.toOrganization.trim() ? { organization: values.toOrganization.trim() } : {}),
          },
          childIds: values.childId ? [values.childId] : [],
          ...(prefill.service ? { serviceIds: [prefill.service.id] } : {}),
          askedOn: values.askedOn,
          channel: values.channel,
          summary: values.summary.trim(),
          ...(values.dueOn ? { dueOn: values.dueOn } : {}),
        },
      });
      setSaved(request);
    },
    () => {
      void refresh();
      form.reset({ ...form.getValues(), toName: "", toOrganization: "", summary: "", dueOn: "" });
    },
  );

  if (familyChildren.length === 0)
    return (
      <section aria-labelledby={`${id}-heading`} className={`flex flex-col gap-2 card ${className ?? ""}`}>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("logTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("addChildFirst")}</p>
      </section>
    );

  return (
    <section aria-labelledby={`${id}-heading`} className={`flex flex-col gap-3 card ${className ?? ""}`}>
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("logTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("logIntro")}</p>
      </div>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormAlert message={alert} />
        <FormAlert tone="success" message={saved && t("saved", { date: calendarDate(format, saved.dueOn) })} />
        <FormField label={t("toName")} autoComplete="off" maxLength={200} {...field("toName", `${id}-to`)} />
        <FormField
          label={t("toOrganization")}
          hint={t("optional")}
          autoComplete="organization"
          maxLength={200}
          {...field("toOrganization", `${id}-org`)}
        />
        <TextAreaField label={t("summary")} rows={3} maxLength={2000} {...field("summary", `${id}-summary`)} />
        {prefill.service && (
          <p className="text-sm text-stone-700">{t("aboutService", { service: prefill.service.label })}</p>
        )}
        {familyChildren.length > 1 && (
          <SelectField label={t("child")} {...field("childId", `${id}-child`)}>
            {familyChildren.map((child) => (
              <option key={child.id} value={child.id}>
                {child.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="grid grid-cols-2 gap-3">
          <FormField type="date" label={t("askedOn")} max="2999-12-31" {...field("askedOn", `${id}-asked`)} />
          <SelectField label={t("channel")} {...field("channel", `${id}-channel`)}>
            {REQUEST_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField label={t("kind")} {...field("kind", `${id}-kind`)}>
          {REQUEST_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <FormField
          type="date"
          label={t("dueOnLabel")}
          hint={t("dueOnHint")}
          max="2999-12-31"
          {...field("dueOn", `${id}-due`)}
        />
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
      </form>
    </section>
  );
}
