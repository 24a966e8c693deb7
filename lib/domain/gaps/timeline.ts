import { addDays, addMonths, type IsoDate } from "@/lib/core/dates";
import { evaluateJudged, judgeProviders } from "./evaluate";
import { changeDates } from "./family-gaps";
import { timelineEvents, type TimelineEvent } from "./timeline-events";
import type { ChildRecord, GapStatus, ProviderRecord } from "./types";

export type TimelineStep = "week" | "month";

/**
 * A run of consecutive steps with one status (null: not needed and nothing wrong delivered), for
 * drawing: `from` and `to` are step dates. For the exact days a status began and ended, read the
 * child's `intervals`.
 */
export type TimelinePeriod = {
  readonly status: GapStatus;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly steps: number;
};

/**
 * One stretch of one status, in exact days: `from` is the first day of the status (even when it
 * began before the timeline), `to` its last day, null while it still holds on the timeline's last
 * day. On that day, `from` is the gap's `since`.
 */
export type StatusInterval = {
  readonly serviceId: string;
  readonly status: GapStatus;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
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
  readonly children: readonly {
    readonly childId: string;
    readonly services: readonly ServiceTimeline[];
    /** Every status interval that reaches into the timeline, by service then date. */
    readonly intervals: readonly StatusInterval[];
    /** Providers starting and ending, needs identified and resolved, inside the range, by date. */
    readonly events: readonly TimelineEvent[];
  }[];
};

/**
 * The exact intervals of one child's services up to `to`: the picture only changes on change
 * dates, so evaluating each change date (and nothing between) gives every boundary to the day.
 */
export function statusIntervals(
  child: ChildRecord,
  providers: readonly ProviderRecord[],
  from: IsoDate,
  to: IsoDate,
): StatusInterval[] {
  const judged = judgeProviders(child, providers);
  const dates = changeDates(child, providers).filter((date) => date <= to);
  const intervals: StatusInterval[] = [];
  const open = new Map<string, { status: GapStatus; from: IsoDate }>();
  for (const date of dates) {
    const states = evaluateJudged(child, judged, date);
    for (const [serviceId, current] of open) {
      if (states.get(serviceId)?.status === current.status) continue;
      intervals.push({ serviceId, status: current.status, from: current.from, to: addDays(date, -1) });
      open.delete(serviceId);
    }
    for (const [serviceId, state] of states) {
      if (!open.has(serviceId)) open.set(serviceId, { status: state.status, from: date });
    }
  }
  for (const [serviceId, current] of open)
    intervals.push({ serviceId, status: current.status, from: current.from, to: null });
  return intervals
    .filter((interval) => interval.to === null || interval.to >= from)
    .sort((a, b) => a.serviceId.localeCompare(b.serviceId) || a.from.localeCompare(b.from));
}

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
        intervals: statusIntervals(child, providers, from, to),
        events: timelineEvents(child, providers, from, to),
      };
    }),
  };
}
