"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CaseloadRow } from "@/lib/caseload/list";
import { FamilyLabels, LastActivity, LongestMissing, NextAction, SafetyMark } from "./row-parts";

/** The caseload on a phone or a tablet: one card per family, the most urgent facts first. */
export function CaseloadCards({ rows, today }: { rows: CaseloadRow[]; today: string }) {
  const t = useTranslations("caseload");
  return (
    <ul className="grid gap-3 md:grid-cols-2 lg:hidden" aria-label={t("listLabel")}>
      {rows.map((row) => (
        <li key={row.familyId} className={`flex flex-col gap-2 card ${row.safetyGap ? "border-red-300" : ""}`}>
          <div className="flex items-start justify-between gap-2">
            <Link
              href={`/families/${row.familyId}`}
              className="text-lg font-semibold text-brand-800 underline underline-offset-4"
            >
              {row.name}
            </Link>
            <SafetyMark row={row} />
          </div>
          <FamilyLabels row={row} />
          <p className="text-sm">
            {t("counts", { missing: row.missing, mismatch: row.mismatch, unverified: row.unverified })}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-stone-600">{t("colLongest")}</dt>
            <dd>
              <LongestMissing row={row} />
            </dd>
            {row.newGaps30d > 0 && (
              <>
                <dt className="text-stone-600">{t("colNew")}</dt>
                <dd className="font-semibold text-red-800">{row.newGaps30d}</dd>
              </>
            )}
            {row.unread > 0 && (
              <>
                <dt className="text-stone-600">{t("colUnread")}</dt>
                <dd className="font-semibold text-brand-800">{t("unreadCount", { count: row.unread })}</dd>
              </>
            )}
            <dt className="text-stone-600">{t("colActivity")}</dt>
            <dd>
              <LastActivity row={row} />
            </dd>
            <dt className="text-stone-600">{t("colNextAction")}</dt>
            <dd>
              <NextAction row={row} today={today} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
