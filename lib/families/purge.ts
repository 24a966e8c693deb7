import "server-only";
import { and, asc, isNotNull, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { families } from "@/db/schema";
import { recordAudit } from "@/lib/identity/audit";

/** Families removed in one run at most; the next run (an hour later, or the next start) goes on. */
const MAX_PER_RUN = 100;

/**
 * Removes every family whose grace period ended by `now`, one transaction per family so each goes
 * entirely or not at all. `FOR UPDATE SKIP LOCKED` lets two app servers purge side by side: each
 * takes a family the other does not hold, and a restore in flight holds its row until it commits.
 * The removal itself is purge_family() in the database (migration 0012), the only path the
 * append-only triggers let through; what stays is audit rows with ids and no details, plus one
 * more saying the purge happened.
 */
export async function purgeDueFamilies(db: Database, now = new Date()): Promise<number> {
  let purged = 0;
  while (purged < MAX_PER_RUN) {
    const familyId = await db.transaction(async (tx) => {
      const [due] = await tx
        .select({ id: families.id })
        .from(families)
        .where(and(isNotNull(families.deletionDueAt), lte(families.deletionDueAt, now)))
        .orderBy(asc(families.deletionDueAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!due) return null;
      await tx.execute(sql`select purge_family(${due.id}::uuid)`);
      await recordAudit(tx, {
        actorId: null,
        action: "family.purge",
        targetType: "family",
        targetId: due.id,
        familyId: due.id,
        outcome: "ok",
      });
      return due.id;
    });
    if (!familyId) break;
    purged += 1;
  }
  return purged;
}
