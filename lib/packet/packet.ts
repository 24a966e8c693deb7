import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { addMonths, type IsoDate } from "@/lib/core/dates";
import { changeDates, statusIntervals, type StatusInterval } from "@/lib/domain/gaps";
import { practiceToday } from "@/lib/care-team/gaps";
import { loadFamilyRecords } from "@/lib/care-team/records";
import { careSummary, type CareSummary } from "@/lib/records/care-summary";
import type { RequestDto, RequestUpdateDto } from "@/lib/requests/dto";
import { requestsOfFamily, updatesOfRequest } from "@/lib/requests/queries";

/** What fits the packet's four pages: the rest is counted, and stays in Clarity. */
export const PACKET_REQUESTS_MAX = 8;
export const PACKET_UPDATES_MAX = 3;

export type MeetingPacket = {
  on: IsoDate;
  summary: CareSummary;
  /** Each current gap's statuses over time, in exact days, from `from` (at most three years back) to `on`. */
  chart: { from: IsoDate; to: IsoDate; rows: { serviceId: string; intervals: StatusInterval[] }[] };
  /** The child's open requests on `on`, overdue first, each with its latest updates (oldest first). */
  requests: (RequestDto & { updates: RequestUpdateDto[]; earlierUpdates: number })[];
  moreRequests: number;
};

/**
 * A child's meeting packet on a day: the one-page summary, the gaps over time, the open requests
 * with their history, the questions still unanswered. Read by the family's members and its coach
 * (a coach's read audited as a view, through the summary's read).
 */
export async function meetingPacket(
  actor: Actor,
  familyId: string,
  childId: string,
  on: IsoDate = practiceToday(),
): Promise<MeetingPacket> {
  const summary = await careSummary(actor, familyId, childId, on);
  const db = await getDb();
  const [records, requests] = await Promise.all([loadFamilyRecords(db, familyId), requestsOfFamily(db, familyId, on)]);
  const child = records.children.find((entry) => entry.id === childId)!;

  const earliest = changeDates(child, records.providers).sort()[0] ?? on;
  const threeYearsBack = addMonths(on, -36);
  const from = earliest < threeYearsBack ? threeYearsBack : earliest > on ? on : earliest;
  const intervals = statusIntervals(child, records.providers, from, on);
  const rows = summary.gaps.map((gap) => ({
    serviceId: gap.serviceId,
    intervals: intervals.filter((interval) => interval.serviceId === gap.serviceId),
  }));

  // Asked on or before the day, about this child, still open; overdue first, then newest asked.
  const open = requests
    .filter((request) => request.status === "open" && request.askedOn <= on && request.childIds.includes(childId))
    .sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || (a.askedOn < b.askedOn ? 1 : a.askedOn > b.askedOn ? -1 : 0),
    );
  const shown = open.slice(0, PACKET_REQUESTS_MAX);
  const withUpdates = await Promise.all(
    shown.map(async (request) => {
      const updates = (await updatesOfRequest(db, request.id)).filter((update) => update.on <= on);
      return {
        ...request,
        updates: updates.slice(-PACKET_UPDATES_MAX),
        earlierUpdates: Math.max(0, updates.length - PACKET_UPDATES_MAX),
      };
    }),
  );
  return {
    on,
    summary,
    chart: { from, to: on, rows },
    requests: withUpdates,
    moreRequests: open.length - shown.length,
  };
}
