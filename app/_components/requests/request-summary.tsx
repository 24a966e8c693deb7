"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import type { DueRule, FamilyRequest } from "./request-types";

/** A request's state in a word: overdue stands out, closed ones are quiet. */
export function RequestStatusMark({ request }: { request: FamilyRequest }) {
  const t = useTranslations("requests");
  if (request.status === "open" && request.overdue)
    return <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-bold text-red-900">{t("overdue")}</span>;
  const tone = request.status === "open" ? "bg-brand-50 text-brand-800" : "bg-stone-100 text-stone-800";
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${tone}`}>{t(`statuses.${request.status}`)}</span>;
}

/** Where the suggested date comes from: the rule and the day it was checked, or that it is only a reminder. */
export function DueRuleNote({ rule }: { rule: DueRule }) {
  const t = useTranslations("requests");
  const format = useFormatter();
  if (rule.reminderOnly) return <span>{t("reminderOnly", { days: rule.days })}</span>;
  return (
    <span>
      {t(rule.counting === "school" ? "ruleSchoolDays" : "ruleDays", { days: rule.days })}{" "}
      {t("ruleSource", { source: rule.source, date: calendarDate(format, rule.checkedOn) })}
      {rule.checkLocally && <> {t("checkLocally")}</>}
    </span>
  );
}

/** One request in a list: who was asked, what, when, and when an answer is due. */
export function RequestSummary({
  familyId,
  request,
  childNames,
}: {
  familyId: string;
  request: FamilyRequest;
  childNames: Map<string, string>;
}) {
  const t = useTranslations("requests");
  const format = useFormatter();
  const date = (iso: string) => calendarDate(format, iso);
  const who = [request.to.name, request.to.role, request.to.organization].filter(Boolean).join(", ");
  const children = request.childIds.map((id) => childNames.get(id)).filter(Boolean);
  return (
    <article
      data-testid="request"
      className={`flex flex-col gap-1 card ${request.status === "open" && request.overdue ? "border-red-300" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <RequestStatusMark request={request} />
        <span className="text-sm text-stone-600">{t(`kinds.${request.kind}`)}</span>
      </div>
      <h3 className="font-semibold break-words">
        <Link
          href={`/families/${familyId}/requests/${request.id}`}
          className="text-brand-800 underline-offset-4 hover:underline"
        >
          {request.summary}
        </Link>
      </h3>
      <p className="text-sm break-words text-stone-700">
        {t("askedWho", { who, channel: t(`channels.${request.channel}`), date: date(request.askedOn) })}
        {children.length > 0 && <> · {t("forChildren", { names: children.join(", ") })}</>}
      </p>
      <p
        className={`text-sm ${request.status === "open" && request.overdue ? "font-semibold text-red-800" : "text-stone-700"}`}
      >
        {t(request.status === "open" && request.overdue ? "wasDue" : "dueOn", { date: date(request.dueOn) })}
      </p>
      {request.dueRule && (
        <p className="text-xs text-stone-600">
          <DueRuleNote rule={request.dueRule} />
        </p>
      )}
    </article>
  );
}
