import { addDays, addMonths, type IsoDate } from "@/lib/core/dates";
import { evaluateJudged, judgeProviders } from "./evaluate";
import { changeDates } from "./family-gaps";
import type { ChildRecord, GapStatus, ProviderRecord } from "./types";

export type TimelineStep = "week" | "month";

/** A run of consecutive steps with one status (null: not needed and nothing wrong delivered). */
export type TimelinePeriod = {
  readonly status: GapStatus;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly steps: number;
};

export type ServiceTimeline = {
  readonly serviceId: string;
  readonly statuses: readonly (GapStatus | null)[];
  readonly periods: readonly TimelinePeriod[];
};

export type Timeline = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly step: TimelineStep;
  readonly dates: readonly IsoDate[];
  readonly children: readonly { readonly childId: string; readonly services: readonly ServiceTimeline[] }[];
};

/**
 * The dates a timeline samples: `from`, then every week or month before `to`, and `to` itself, so
 * the last sample is the day asked about (today, usually) and never up to a step behind it.
 */
export function stepDates(from: IsoDate, to: IsoDate, step: TimelineStep): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let index = 0; ; index++) {
    const date = step === "week" ? addDays(from, 7 * index) : addMonths(from, index);
    if (date >= to) {
      if (from <= to) dates.push(to);
      return dates;
    }
    dates.push(date);
  }
}

function periodsOf(statuses: readonly (GapStatus | null)[], dates: readonly IsoDate[]): TimelinePeriod[] {
  const periods: TimelinePeriod[] = [];
  let start = 0;
  for (let index = 1; index <= statuses.length; index++) {
    if (index < statuses.length && statuses[index] === statuses[start]) continue;
    const status = statuses[start];
    if (status) periods.push({ status, from: dates[start]!, to: dates[index - 1]!, steps: index - start });
    start = index;
  }
  return periods;
}

/** Each service's status at each step, per child, with the runs of equal status. */
export function timeline(
  children: readonly ChildRecord[],
  providers: readonly ProviderRecord[],
  from: IsoDate,
  to: IsoDate,
  step: TimelineStep,
): Timeline {
  const dates = stepDates(from, to, step);
  return {
    from,
    to,
    step,
    dates,
    children: children.map((child) => {
      const judged = judgeProviders(child, providers);
      // The picture only changes on change dates: steps in the same stretch share one evaluation.
      const changes = changeDates(child, providers);
      let next = 0;
      let snapshot: ReturnType<typeof evaluateJudged> | undefined;
      const snapshots = dates.map((date) => {
        let moved = snapshot === undefined;
        while (next < changes.length && changes[next]! <= date) {
          next += 1;
          moved = true;
        }
        if (moved) snapshot = evaluateJudged(child, judged, date);
        return snapshot!;
      });
      const serviceIds = [...new Set(snapshots.flatMap((snapshot) => [...snapshot.keys()]))].sort();
      return {
        childId: child.id,
        services: serviceIds.map((serviceId) => {
          const statuses = snapshots.map((snapshot) => snapshot.get(serviceId)?.status ?? null);
          return { serviceId, statuses, periods: periodsOf(statuses, dates) };
        }),
      };
    }),
  };
}
