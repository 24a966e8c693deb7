import type { IsoDate } from "@/lib/core/dates";
import type { ChildRecord, ProviderRecord } from "./types";

/** What changed a child's picture on a day: the markers drawn on the timeline. */
export type TimelineEventKind =
  "provider-started" | "provider-ended" | "need-identified" | "need-resolved" | "service-marked" | "service-cleared";

export type TimelineEvent = {
  readonly date: IsoDate;
  readonly kind: TimelineEventKind;
  /** The provider's id for provider events; otherwise the need's or the mark's record id. */
  readonly subjectId: string;
  /** The catalog need (need events) or service (mark events) it is about. */
  readonly catalogId?: string;
};

// On one day, what began is listed before what ended, and needs before the people who answer them.
const ORDER: Record<TimelineEventKind, number> = {
  "need-identified": 0,
  "service-marked": 1,
  "provider-started": 2,
  "provider-ended": 3,
  "need-resolved": 4,
  "service-cleared": 5,
};

/**
 * Every dated change to one child's record between `from` and `to` (both included), by date. A
 * provider's end is their last working day (`endOn`), as the engine reads it.
 */
export function timelineEvents(
  child: ChildRecord,
  providers: readonly ProviderRecord[],
  from: IsoDate,
  to: IsoDate,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (date: IsoDate | null, kind: TimelineEventKind, subjectId: string, catalogId?: string) => {
    if (date !== null && date >= from && date <= to)
      events.push(catalogId === undefined ? { date, kind, subjectId } : { date, kind, subjectId, catalogId });
  };
  for (const need of child.needs) {
    add(need.identifiedOn, "need-identified", need.id, need.needId);
    add(need.resolvedOn, "need-resolved", need.id, need.needId);
  }
  for (const mark of child.serviceMarks) {
    add(mark.markedOn, "service-marked", mark.id, mark.serviceId);
    add(mark.clearedOn, "service-cleared", mark.id, mark.serviceId);
  }
  for (const provider of providers) {
    if (!provider.childIds.includes(child.id)) continue;
    add(provider.startOn, "provider-started", provider.id);
    add(provider.endOn, "provider-ended", provider.id);
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      ORDER[a.kind] - ORDER[b.kind] ||
      // Ids are random: the catalog id first, so two needs of one day always read in one order.
      (a.catalogId ?? "").localeCompare(b.catalogId ?? "") ||
      a.subjectId.localeCompare(b.subjectId),
  );
}
