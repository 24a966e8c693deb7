"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CaseloadRow } from "@/lib/caseload/list";
import { Count, FamilyLabels, LastActivity, LongestMissing, NextAction, SafetyMark } from "./row-parts";

/** The caseload on a laptop: one dense row per family, in ranked order. */
export function CaseloadTable({ rows, today }: { rows: CaseloadRow[]; today: string }) {
  const t = useTranslations("caseload");
  const head = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-stone-700 uppercase";
  const cell = "px-3 py-2 align-top";
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
      <table className="w-full text-sm" aria-label={t("listLabel")}>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={head}>
              {t("colFamily")}
            </th>
            <th scope="col" className={head}>
              {t("colSafety")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colMissing")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colMismatch")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colUnverified")}
            </th>
            <th scope="col" className={head}>
              {t("colLongest")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colNew")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colUnread")}
            </th>
            <th scope="col" className={head}>
              {t("colActivity")}
            </th>
            <th scope="col" className={head}>
              {t("colNextAction")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.familyId} className={row.safetyGap ? "bg-red-50/60" : undefined} data-testid="caseload-row">
              <th scope="row" className={`${cell} text-left font-normal`}>
                <span className="flex flex-col gap-1">
                  <Link
                    href={`/families/${row.familyId}`}
                    className="font-semibold text-brand-800 underline-offset-4 hover:underline"
                  >
                    {row.name}
                  </Link>
                  <FamilyLabels row={row} />
                </span>
              </th>
              <td className={cell}>
                <SafetyMark row={row} />
              </td>
              <td className={`${cell} text-right`}>
                <Count value={row.missing} tone="missing" />
              </td>
              <td className={`${cell} text-right`}>
                <Count value={row.mismatch} tone="mismatch" />
              </td>
              <td className={`${cell} text-right`}>
                <Count value={row.unverified} tone="unverified" />
              </td>
              <td className={cell}>
                <LongestMissing row={row} />
              </td>
              <td className={`${cell} text-right`}>
                <Count value={row.newGaps30d} tone="new" />
              </td>
              <td className={`${cell} text-right`}>
                <Count value={row.unread} tone="unread" />
              </td>
              <td className={cell}>
                <LastActivity row={row} />
              </td>
              <td className={cell}>
                <NextAction row={row} today={today} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
