"use client";

import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Section } from "@/app/_components/section";
import { useServiceLabel } from "@/app/_components/service-labels";
import { useCaseloadTrends } from "./use-caseload";
import { useNearViewport } from "./use-near-viewport";

// recharts would otherwise be most of the first load: it is fetched only once the chart's box comes
// near the screen (on a phone the trends are far below the fold), and then draws into that box.
const TrendsLine = dynamic(() => import("./trends-line"), { ssr: false });

/** Patterns across the caseload: missing services month by month, and what is missing most. */
export function CaseloadTrends() {
  const t = useTranslations("caseload");
  const format = useFormatter();
  const trends = useCaseloadTrends();
  const serviceLabel = useServiceLabel();
  const [chartBox, chartWanted] = useNearViewport();
  const month = (on: string) =>
    format.dateTime(new Date(`${on}T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <Section id="trends-heading" title={t("trendsTitle")} intro={t("trendsIntro")} className="flex flex-col gap-4 card">
      {trends.isPending ? (
        <p role="status" className="text-sm text-stone-700">
          {t("trendsLoading")}
        </p>
      ) : trends.isError ? (
        <p role="alert" className="text-sm text-red-800">
          {t("trendsFailed")}
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <div className="flex flex-col gap-2">
            <div
              ref={chartBox}
              role="img"
              className="h-56 w-full"
              aria-label={t("trendsChart", {
                first: trends.data.months[0]?.missing ?? 0,
                firstMonth: month(trends.data.months[0]?.on ?? trends.data.on),
                last: trends.data.months.at(-1)?.missing ?? 0,
              })}
            >
              {chartWanted && (
                <TrendsLine
                  data={trends.data.months.map((point) => ({ ...point, label: month(point.on) }))}
                  name={t("trendsMissing")}
                />
              )}
            </div>
            <details className="text-sm">
              <summary className="cursor-pointer font-semibold text-brand-800">{t("trendsTable")}</summary>
              <table className="mt-2 w-full">
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="py-1 pr-3">
                      {t("trendsMonth")}
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right">
                      {t("trendsMissing")}
                    </th>
                    <th scope="col" className="py-1 text-right">
                      {t("trendsFamilies")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {trends.data.months.map((point) => (
                    <tr key={point.on} className="border-t border-stone-100">
                      <th scope="row" className="py-1 pr-3 text-left font-normal">
                        {month(point.on)}
                      </th>
                      <td className="py-1 pr-3 text-right">{point.missing}</td>
                      <td className="py-1 text-right">{point.families}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </div>
          <div>
            <h3 className="font-semibold">{t("mostMissingTitle")}</h3>
            {trends.data.mostMissing.length === 0 ? (
              <p className="mt-2 text-sm text-stone-700">{t("mostMissingNone")}</p>
            ) : (
              <ol className="mt-2 flex flex-col gap-1 text-sm" data-testid="most-missing">
                {trends.data.mostMissing.map((entry) => (
                  <li key={entry.serviceId}>
                    {t("mostMissingItem", {
                      service: serviceLabel(entry.serviceId),
                      children: entry.children,
                      families: entry.families,
                    })}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
    </Section>
  );
}
