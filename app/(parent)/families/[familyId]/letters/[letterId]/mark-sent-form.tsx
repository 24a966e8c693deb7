"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { calendarDate } from "@/app/_components/calendar-date";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { WordedError } from "@/app/_components/use-error-text";
import { DueRuleNote } from "@/app/_components/requests/request-summary";
import {
  REQUEST_CHANNELS,
  requestsPath,
  type FamilyRequest,
  type Letter,
  type RequestChannel,
} from "@/app/_components/requests/request-types";
import { useRefreshRequests } from "@/app/_components/requests/use-requests";

type Values = { toName: string; askedOn: string; channel: RequestChannel; dueOn: string };

/** The request this letter opened: what is due by when, and where to follow it. */
function SentRequest({ familyId, request }: { familyId: string; request: FamilyRequest }) {
  const t = useTranslations("letters");
  const format = useFormatter();
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-brand-900"
    >
      <p className="font-semibold">
        {t("sentOn", { date: calendarDate(format, request.askedOn), due: calendarDate(format, request.dueOn) })}
      </p>
      {request.dueRule && (
        <p className="text-sm">
          <DueRuleNote rule={request.dueRule} />
        </p>
      )}
      <Link
        href={`/families/${familyId}/requests/${request.id}`}
        className="self-start font-semibold text-brand-800 underline underline-offset-4"
      >
        {t("followRequest")}
      </Link>
    </div>
  );
}

/**
 * "I sent it": opens a request linked to the letter, for the letter's child, services and
 * recipient, so What's missing and the Requests page can count the days to an answer.
 */
export function MarkSentForm({
  familyId,
  letter,
  today,
  beforeSend,
}: {
  familyId: string;
  letter: Letter;
  today: string;
  /** Saves the edited text first: the request points to the letter as it was sent. */
  beforeSend: () => Promise<boolean>;
}) {
  const t = useTranslations("letters");
  const requestWords = useTranslations("requests");
  const id = useId();
  const refresh = useRefreshRequests(familyId);
  const [sent, setSent] = useState<FamilyRequest>();
  const { submit, field, alert, busy } = useApiForm<Values>({
    refresh: false,
    defaultValues: { toName: letter.recipient?.name ?? "", askedOn: today, channel: "letter", dueOn: "" },
    serverFields: (fields) =>
      Object.fromEntries(
        Object.entries(fields).map(([name, message]) => [name === "to.name" ? "toName" : name, message]),
      ),
  });
  const onSubmit = submit(async (values) => {
    if (!(await beforeSend())) throw new WordedError(t("saveFirst"));
    const { request } = await apiFetch<{ request: FamilyRequest }>(requestsPath(familyId), {
      body: {
        kind: letter.template,
        to: {
          name: values.toName.trim(),
          ...(letter.recipient?.organization ? { organization: letter.recipient.organization } : {}),
        },
        childIds: letter.childId ? [letter.childId] : [],
        ...(letter.serviceIds && letter.serviceIds.length > 0 ? { serviceIds: letter.serviceIds } : {}),
        ...(letter.providerId ? { providerId: letter.providerId } : {}),
        askedOn: values.askedOn,
        channel: values.channel,
        summary: letter.subject,
        letterId: letter.id,
        ...(values.dueOn ? { dueOn: values.dueOn } : {}),
      },
    });
    setSent(request);
    void refresh();
  });

  return (
    <section aria-labelledby={`${id}-heading`} className="flex max-w-2xl flex-col gap-3 card">
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("markSentTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("markSentIntro")}</p>
      </div>
      {sent ? (
        <SentRequest familyId={familyId} request={sent} />
      ) : letter.requestId ? (
        <Link
          href={`/families/${familyId}/requests/${letter.requestId}`}
          className="self-start font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("alreadySent")}
        </Link>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <FormAlert message={alert} />
          <FormField label={t("sentTo")} autoComplete="off" maxLength={200} {...field("toName", `${id}-to`)} />
          <div className="grid gap-3 sm:grid-cols-3">
            <FormField type="date" label={t("sentOnLabel")} max="2999-12-31" {...field("askedOn", `${id}-on`)} />
            <SelectField label={t("sentHow")} {...field("channel", `${id}-channel`)}>
              {REQUEST_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {requestWords(`channels.${channel}`)}
                </option>
              ))}
            </SelectField>
            <FormField
              type="date"
              label={requestWords("dueOnLabel")}
              max="2999-12-31"
              {...field("dueOn", `${id}-due`)}
            />
          </div>
          <p className="text-sm text-stone-600">{requestWords("dueOnHint")}</p>
          <button type="submit" className="btn-primary self-start" disabled={busy}>
            {busy ? t("marking") : t("markSent")}
          </button>
        </form>
      )}
    </section>
  );
}
