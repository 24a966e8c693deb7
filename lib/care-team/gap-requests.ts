import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requestChildren, requests } from "@/db/schema";

/** The key of one gap: a child and a service. */
export const gapKey = (childId: string, serviceId: string) => `${childId}:${serviceId}`;

/**
 * The family's open requests by the gaps they name (a child of the request and one of its
 * services), oldest asked first, so "asked 3 times" lists them in the order they happened. Not
 * kept with the engine's answers: requests change without changing the care version.
 */
export async function openRequestIdsByGap(db: Executor, familyId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ id: requests.id, childId: requestChildren.childId, serviceIds: requests.serviceIds })
    .from(requests)
    .innerJoin(requestChildren, eq(requestChildren.requestId, requests.id))
    .where(and(eq(requests.familyId, familyId), eq(requests.status, "open")))
    .orderBy(asc(requests.askedOn), asc(requests.createdAt), asc(requests.id), asc(requestChildren.childId));
  const byGap = new Map<string, string[]>();
  for (const row of rows)
    for (const serviceId of row.serviceIds) {
      const key = gapKey(row.childId, serviceId);
      const ids = byGap.get(key);
      if (ids) ids.push(row.id);
      else byGap.set(key, [row.id]);
    }
  return byGap;
}
