import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requests, requestUpdates } from "@/db/schema";
import { invalidFields } from "@/lib/core/validation";
import type { LetterRequestFact } from "@/lib/domain/letters";

const STATUSES = new Set<LetterRequestFact["status"]>(["open", "answered", "granted", "denied", "withdrawn"]);

/**
 * The request a letter follows up on, as the family recorded it: when it was asked and of whom,
 * its status and due date, and the day of the update that recorded a denial. Another family's
 * request (or none with that id) is a field error, as a care-team write treats another's child.
 */
export async function requestFactOf(db: Executor, familyId: string, requestId: string): Promise<LetterRequestFact> {
  const [row] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.id, requestId), eq(requests.familyId, familyId)));
  if (!row) throw invalidFields({ requestId: "validation.unknownRequest" });
  const updates = await db
    .select({ on: requestUpdates.on, status: requestUpdates.status })
    .from(requestUpdates)
    .where(eq(requestUpdates.requestId, requestId))
    .orderBy(asc(requestUpdates.on), asc(requestUpdates.createdAt), asc(requestUpdates.id));
  const status = STATUSES.has(row.status as LetterRequestFact["status"])
    ? (row.status as LetterRequestFact["status"])
    : "open";
  const denial = updates.filter((update) => update.status === "denied").at(-1);
  return {
    askedOn: row.askedOn,
    toName: row.toOrganization ? `${row.toName} (${row.toOrganization})` : row.toName,
    summary: row.summary,
    status,
    dueOn: row.dueOn,
    deniedOn: status === "denied" ? (denial?.on ?? null) : null,
  };
}
