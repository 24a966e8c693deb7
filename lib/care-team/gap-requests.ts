import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requestChildren, requests } from "@/db/schema";
import type { IsoDate } from "@/lib/core/dates";
import { processSingleton } from "@/lib/core/singleton";
import type { VersionedFamily } from "./versioned-family";

/** An open request as the gaps and "what to do first" need it. */
export type OpenRequest = {
  id: string;
  childIds: string[];
  serviceIds: string[];
  dueOn: IsoDate;
  toName: string;
};

type Entry = { version: number; open: OpenRequest[] };

// Kept like the engine's answers: an entry counts only for the care version it was read at, and
// a trigger moves that version on every change to a request or its children (migration 0020), so
// a warm gaps answer or family page reads nothing more for them. Bounded like the answers.
const MAX_FAMILIES = 50_000;
const kept = processSingleton("open-requests", () => new Map<string, Entry>());

/** The family's open requests, oldest asked first (then entered first, then by id: a total order). */
export async function openRequestsOf(db: Executor, family: VersionedFamily): Promise<OpenRequest[]> {
  const entry = kept.get(family.id);
  if (entry && entry.version === family.careVersion) return entry.open;
  const rows = await db
    .select({
      id: requests.id,
      childId: requestChildren.childId,
      serviceIds: requests.serviceIds,
      dueOn: requests.dueOn,
      toName: requests.toName,
    })
    .from(requests)
    .innerJoin(requestChildren, eq(requestChildren.requestId, requests.id))
    .where(and(eq(requests.familyId, family.id), eq(requests.status, "open")))
    .orderBy(asc(requests.askedOn), asc(requests.createdAt), asc(requests.id), asc(requestChildren.childId));
  const byId = new Map<string, OpenRequest>();
  for (const { childId, ...row } of rows) {
    const known = byId.get(row.id);
    if (known) known.childIds.push(childId);
    else byId.set(row.id, { ...row, childIds: [childId] });
  }
  const open = [...byId.values()];
  kept.delete(family.id);
  kept.set(family.id, { version: family.careVersion, open });
  // A Map iterates oldest first: drop from the front to stay within bounds.
  for (const key of kept.keys()) {
    if (kept.size <= MAX_FAMILIES) break;
    kept.delete(key);
  }
  return open;
}

/** The key of one gap: a child and a service. */
export const gapKey = (childId: string, serviceId: string) => `${childId}:${serviceId}`;

/** Open requests by the gaps they name (a child of the request and one of its services), in order. */
export function requestIdsByGap(open: readonly OpenRequest[]): Map<string, string[]> {
  const byGap = new Map<string, string[]>();
  for (const request of open)
    for (const childId of request.childIds)
      for (const serviceId of request.serviceIds) {
        const key = gapKey(childId, serviceId);
        const ids = byGap.get(key);
        if (ids) ids.push(request.id);
        else byGap.set(key, [request.id]);
      }
  return byGap;
}
