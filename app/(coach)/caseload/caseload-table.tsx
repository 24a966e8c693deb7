"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CaseloadRow } from "@/lib/caseload/list";
import { Count, FamilyLabels, LastActivity, LongestMissing, NextAction, SafetyMark } from "./row-parts";

/**
 * The caseload on a laptop: one row per family, in ranked order. Five columns, so that at 1280 px
 * the family's name, its safety mark, the longest-missing service with how long, the unread count
 * and the next action each fit on one line; the secondary figures (counts, new gaps, last activity)
 * sit in small type under the fact they explain. From 1024 px up; on a tablet the five columns
 * would scroll sideways, so the cards are shown there.
 */
export function CaseloadTable({ rows, today }: { rows: CaseloadRow[]; today: string }) {
  const t = useTranslations("caseload");
  const head = "px-3 py-2 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-stone-700 uppercase";
  const cell = "px-3 py-3 align-top";
  const small = "text-xs text-stone-600";
  return (
    // `relative`: the sr-only texts in the cells are placed absolutely, and only a positioned box
    // keeps them inside its scrolling (otherwise a long row pushed the page sideways).
    <div className="relative hidden overflow-x-auto rounded-lg border border-stone-200 bg-white lg:block">
      <table className="w-full text-sm" aria-label={t("listLabel")}>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={head}>
              {t("colFamily")}
            </th>
            <th scope="col" className={head}>
              {t("colSafety")}
            </th>
            <th scope="col" className={head}>
              {t("colLongest")}
            </th>
            <th scope="col" className={`${head} text-right`}>
              {t("colUnread")}
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
                    className="font-semibold whitespace-nowrap text-brand-800 underline-offset-4 hover:underline"
                  >
                    {row.name}
                  </Link>
                  <FamilyLabels row={row} />
                  <span className={small}>
                    {t("colActivity")}: <LastActivity row={row} />
                  </span>
                </span>
              </th>
              <td className={`${cell} whitespace-nowrap`}>
                <SafetyMark row={row} />
              </td>
              <td className={cell}>
                <span className="flex flex-col gap-1">
                  <span className="whitespace-nowrap">
                    <LongestMissing row={row} />
                  </span>
                  <span className={small}>
                    {t("counts", { missing: row.missing, mismatch: row.mismatch, unverified: row.unverified })}
                  </span>
                  {row.newGaps30d > 0 && (
                    <span className="text-xs font-semibold text-red-800">
                      {t("colNew")}: {row.newGaps30d}
                    </span>
                  )}
                </span>
              </td>
              <td className={`${cell} text-right`} data-testid="caseload-unread">
                <Count value={row.unread} tone="unread" />
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
