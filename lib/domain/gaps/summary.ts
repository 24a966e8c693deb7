import { needById } from "../catalog";
import { addDays, type IsoDate } from "@/lib/core/dates";
import type { GapStatus, ServiceGap } from "./types";

import { SAFETY_SERVICE_ID } from "./crisis";

export { SAFETY_SERVICE_ID };

/** How far back a gap still counts as new on the caseload. */
export const NEW_GAP_DAYS = 30;

export type GapSummary = {
  readonly counts: Readonly<Record<GapStatus, number>>;
  /** The service missing longest across the family's children (ties: the first by urgency order). */
  readonly longestMissing: { readonly serviceId: string; readonly days: number } | null;
  /** Safety planning missing or mismatched while an open self-harm, aggression or sexualized-behavior need calls for it. */
  readonly safetyGap: boolean;
  /** Missing or mismatched services that entered that status in the last NEW_GAP_DAYS days. */
  readonly newGaps: number;
};

/** What the summary reads of a day's gaps: the engine's answer, or the API's copy of it. */
export type SummarizableGaps = {
  readonly on: IsoDate;
  readonly children: readonly {
    readonly services: readonly Pick<ServiceGap, "serviceId" | "status" | "since" | "days" | "neededFor">[];
  }[];
};

type Summarized = SummarizableGaps["children"][number]["services"][number];

const isGap = (service: Pick<Summarized, "status">) => service.status === "missing" || service.status === "mismatch";

/**
 * A safety gap, as the caseload flags it: safety planning missing or not qualified while an open
 * self-harm, aggression or sexualized-behavior need calls for it. One rule for every page.
 */
export function isSafetyGap(service: Pick<Summarized, "serviceId" | "status" | "neededFor">): boolean {
  return (
    service.serviceId === SAFETY_SERVICE_ID &&
    isGap(service) &&
    service.neededFor.some((needId) => needById(needId)?.safetyRelevant === true)
  );
}

/**
 * The numbers a family's home and the coach's caseload both show, computed from the engine's own
 * answer for the day so the two can never disagree. Each child's service counts once.
 */
export function summarizeGaps(gaps: SummarizableGaps): GapSummary {
  const services = gaps.children.flatMap((child) => child.services);
  const counts: Record<GapStatus, number> = { missing: 0, mismatch: 0, unverified: 0, covered: 0 };
  let longestMissing: GapSummary["longestMissing"] = null;
  for (const service of services) {
    counts[service.status] += 1;
    if (service.status === "missing" && (!longestMissing || service.days > longestMissing.days)) {
      longestMissing = { serviceId: service.serviceId, days: service.days };
    }
  }
  const newSince: IsoDate = addDays(gaps.on, -NEW_GAP_DAYS);
  return {
    counts,
    longestMissing,
    safetyGap: services.some(isSafetyGap),
    newGaps: services.filter((service) => isGap(service) && service.since > newSince).length,
  };
}
