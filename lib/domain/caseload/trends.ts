import { addMonths, type IsoDate } from "@/lib/core/dates";
import { stepDates, timeline, type ChildRecord, type ProviderRecord } from "../gaps";

const TREND_MONTHS = 12;

/** One family's part of the caseload trend: missing services at each monthly sample, and today's. */
export type FamilyTrend = { readonly missing: readonly number[]; readonly missingToday: readonly string[] };

/** The sample dates: the timeline's monthly steps from eleven months back, ending today. */
export function trendDates(on: IsoDate): IsoDate[] {
  return stepDates(addMonths(on, 1 - TREND_MONTHS), on, "month");
}

/** Missing services (one per child and service) at each sample date, from the engine's timeline. */
export function familyTrend(
  children: readonly ChildRecord[],
  providers: readonly ProviderRecord[],
  on: IsoDate,
): FamilyTrend {
  const picture = timeline(children, providers, addMonths(on, 1 - TREND_MONTHS), on, "month");
  const missing = picture.dates.map(() => 0);
  const missingToday: string[] = [];
  for (const child of picture.children) {
    for (const service of child.services) {
      service.statuses.forEach((status, index) => {
        if (status === "missing") missing[index]! += 1;
      });
      if (service.statuses[service.statuses.length - 1] === "missing") missingToday.push(service.serviceId);
    }
  }
  return { missing, missingToday };
}

export type CaseloadTrends = {
  readonly months: readonly { readonly on: IsoDate; readonly missing: number; readonly families: number }[];
  /** Services missing today, most often first: how many children lack each, in how many families. */
  readonly mostMissing: readonly { readonly serviceId: string; readonly children: number; readonly families: number }[];
};

export function combineTrends(trends: readonly FamilyTrend[], on: IsoDate, top = 8): CaseloadTrends {
  const dates = trendDates(on);
  const months = dates.map((date, index) => ({
    on: date,
    missing: trends.reduce((sum, trend) => sum + trend.missing[index]!, 0),
    families: trends.filter((trend) => trend.missing[index]! > 0).length,
  }));
  const byService = new Map<string, { children: number; families: number }>();
  for (const trend of trends) {
    for (const serviceId of new Set(trend.missingToday)) {
      const entry = byService.get(serviceId) ?? { children: 0, families: 0 };
      entry.families += 1;
      entry.children += trend.missingToday.filter((id) => id === serviceId).length;
      byService.set(serviceId, entry);
    }
  }
  const mostMissing = [...byService]
    .map(([serviceId, counts]) => ({ serviceId, ...counts }))
    .sort((a, b) => b.children - a.children || b.families - a.families || a.serviceId.localeCompare(b.serviceId))
    .slice(0, top);
  return { months, mostMissing };
}
