"use client";

import Link from "next/link";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import type { CaseloadRow } from "@/lib/caseload/list";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";
import { useServiceLabel } from "@/app/_components/service-labels";

/** Small pieces of a caseload row, shared by the laptop table and the phone cards. */

export function SafetyMark({ row }: { row: CaseloadRow }) {
  const t = useTranslations("caseload");
  if (!row.safetyGap) return <span className="sr-only">{t("noSafetyGap")}</span>;
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold whitespace-nowrap text-white">
      <span aria-hidden="true">⚠</span>
      {t("safetyGap")}
    </span>
  );
}

export function LongestMissing({ row }: { row: CaseloadRow }) {
  const t = useTranslations("caseload");
  const locale = useLocale();
  const serviceLabel = useServiceLabel();
  if (!row.longestMissing) return <span className="text-stone-600">{t("none")}</span>;
  const service = serviceLabel(row.longestMissing.serviceId);
  const duration = durationWords(row.longestMissing.days, locale);
  return <WithExactDays {...duration}>{t("longest", { service, duration: duration.text })}</WithExactDays>;
}

export function LastActivity({ row }: { row: CaseloadRow }) {
  const t = useTranslations("caseload");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  if (!row.lastActivityAt) return <span className="text-stone-600">{t("never")}</span>;
  const at = new Date(row.lastActivityAt);
  return (
    // The server renders a moment earlier than the browser hydrates: "a minute ago" may differ.
    <time
      dateTime={row.lastActivityAt}
      title={format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
      suppressHydrationWarning
    >
      {format.relativeTime(at, now)}
    </time>
  );
}

/** Requests the family made that are past their answer date: a call for the coach to help with. */
function OverdueRequests({ row }: { row: CaseloadRow }) {
  const t = useTranslations("caseload");
  const count = row.overdueRequests;
  if (count === 0) return null;
  return (
    <Link
      href={`/families/${row.familyId}/requests`}
      className="text-xs font-semibold text-red-800 underline underline-offset-4"
    >
      {t("overdueRequests", { count })}
    </Link>
  );
}

export function NextAction({ row, today }: { row: CaseloadRow; today: string }) {
  const t = useTranslations("caseload");
  const format = useFormatter();
  const action = row.nextAction;
  const overdue = action?.dueOn != null && action.dueOn < today;
  return (
    <span className="flex flex-col">
      {action ? <span>{action.title}</span> : <span className="text-stone-600">{t("noAction")}</span>}
      {action?.dueOn && (
        <span className={`text-xs ${overdue ? "font-semibold text-red-800" : "text-stone-600"}`}>
          {t(overdue ? "overdue" : "due", { date: calendarDate(format, action.dueOn) })}
        </span>
      )}
      <OverdueRequests row={row} />
    </span>
  );
}

export function Count({
  value,
  tone,
}: {
  value: number;
  tone: "missing" | "mismatch" | "unverified" | "new" | "unread";
}) {
  const colour = {
    missing: "text-red-800",
    mismatch: "text-orange-800",
    unverified: "text-stone-800",
    new: "text-red-800",
    unread: "text-brand-800",
  }[tone];
  return <span className={value > 0 ? `font-bold ${colour}` : "text-stone-500"}>{value}</span>;
}

export function FamilyLabels({ row }: { row: CaseloadRow }) {
  const t = useTranslations("caseload");
  const format = useFormatter();
  return (
    <>
      <span className="text-sm text-stone-700">
        {row.children.length > 0
          ? t("childrenList", { names: row.children.map((child) => child.name).join(", ") })
          : t("noChildren")}
      </span>
      {(row.tags.length > 0 || row.archived || row.deletionDueAt) && (
        <span className="flex flex-wrap gap-1">
          {row.deletionDueAt && (
            <span
              className="rounded bg-red-800 px-1.5 py-0.5 text-xs font-semibold text-white"
              data-testid="deletion-badge"
              suppressHydrationWarning
            >
              {t("deletionBadge", { date: format.dateTime(new Date(row.deletionDueAt), { dateStyle: "medium" }) })}
            </span>
          )}
          {row.archived && (
            <span className="rounded bg-stone-700 px-1.5 py-0.5 text-xs font-semibold text-white">{t("archived")}</span>
          )}
          {row.tags.map((tag) => (
            <span
              key={tag}
              className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-900 ring-1 ring-brand-200"
            >
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
