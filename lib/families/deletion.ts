import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { rowsOf } from "@/db/rows";
import { deletionDueAt, inGracePeriod } from "@/lib/domain/record-deletion";
import { AppError, notFound } from "@/lib/core/errors";
import { familyRelation } from "@/lib/identity/family-access";

/** What deleting the record removes, counted so the confirmation can name it in plain words. */
type RecordCounts = {
  children: number;
  needs: number;
  providers: number;
  messages: number;
  documents: number;
  historyEntries: number;
  parents: number;
};

type DeletionState = {
  /** Null while nobody asked for deletion. */
  pending: { requestedAt: string; dueAt: string } | null;
  counts: RecordCounts;
};

// One statement of counts. Coach notes and action items are not counted: they are private to the
// coach, and a parent learns only that they go too (the confirmation says so without a number).
async function countRecord(db: Executor, familyId: string): Promise<RecordCounts> {
  const [row] = await rowsOf<Record<keyof RecordCounts, string | number>>(
    db,
    sql`
    select
      (select count(*) from children where family_id = ${familyId}) as "children",
      (select count(*) from child_needs n join children c on c.id = n.child_id where c.family_id = ${familyId})
        + (select count(*) from needed_services s join children c on c.id = s.child_id where c.family_id = ${familyId}) as "needs",
      (select count(*) from providers where family_id = ${familyId}) as "providers",
      (select count(*) from messages where family_id = ${familyId}) as "messages",
      (select count(*) from documents where family_id = ${familyId}) as "documents",
      (select count(*) from care_events where family_id = ${familyId}) as "historyEntries",
      (select count(*) from family_members where family_id = ${familyId}) as "parents"`,
  );
  if (!row) throw new Error("counts query returned no row");
  return {
    children: Number(row.children),
    needs: Number(row.needs),
    providers: Number(row.providers),
    messages: Number(row.messages),
    documents: Number(row.documents),
    historyEntries: Number(row.historyEntries),
    parents: Number(row.parents),
  };
}

async function pendingOf(db: Executor, familyId: string): Promise<DeletionState["pending"]> {
  const [family] = await db
    .select({ requestedAt: families.deletionRequestedAt, dueAt: families.deletionDueAt })
    .from(families)
    .where(eq(families.id, familyId));
  if (!family?.requestedAt || !family.dueAt) return null;
  return { requestedAt: family.requestedAt.toISOString(), dueAt: family.dueAt.toISOString() };
}

/** Whether the family's record is scheduled for deletion, and what deleting it removes. */
export async function getDeletionState(actor: Actor, familyId: string): Promise<DeletionState> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  return { pending: await pendingOf(db, familyId), counts: await countRecord(db, familyId) };
}

/** Only when the record is scheduled for deletion (for the banner every family page shows). */
export async function getPendingDeletion(actor: Actor, familyId: string): Promise<DeletionState["pending"]> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  return pendingOf(db, familyId);
}

/**
 * A parent of the family asks for its record to be deleted: nothing is removed yet, the family can
 * be restored for DELETION_GRACE_DAYS, and meanwhile nothing in it may change. The family's coach
 * may restore but not ask (403): the record is the family's to give up.
 */
export async function scheduleFamilyDeletion(actor: Actor, familyId: string, now = new Date()): Promise<DeletionState> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const audit = (outcome: "ok" | "denied") =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "family.deletion_request",
        targetType: "family",
        targetId: familyId,
        familyId,
        outcome,
      });
    const relation = await familyRelation(tx, actor, familyId, "change");
    if (relation !== "member") {
      await audit("denied");
      throw new AppError("forbidden");
    }
    const [scheduled] = await tx
      .update(families)
      .set({ deletionRequestedAt: now, deletionRequestedBy: actor.id, deletionDueAt: deletionDueAt(now) })
      .where(and(eq(families.id, familyId), isNull(families.deletionDueAt)))
      .returning({ id: families.id });
    if (!scheduled) throw new AppError("family_pending_deletion");
    await audit("ok");
  });
  return getDeletionState(actor, familyId);
}

/**
 * Cancels a scheduled deletion: any parent of the family or its coach, while the grace period
 * lasts. Past it the record is as good as gone (404) even if the purge has not run yet, so the
 * outcome never depends on when the purge timer last fired. Not scheduled: 409.
 */
export async function restoreFamily(actor: Actor, familyId: string, now = new Date()): Promise<DeletionState> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await familyRelation(tx, actor, familyId);
    // Locked, so a purge that has this row waits for us or we wait for it (and then find nothing).
    const [family] = await tx
      .select({ dueAt: families.deletionDueAt })
      .from(families)
      .where(eq(families.id, familyId))
      .for("update");
    if (!family) throw notFound();
    if (!family.dueAt) throw new AppError("conflict");
    if (!inGracePeriod(family.dueAt, now)) throw notFound();
    await tx
      .update(families)
      .set({ deletionRequestedAt: null, deletionRequestedBy: null, deletionDueAt: null })
      .where(eq(families.id, familyId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "family.deletion_cancel",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
    });
  });
  return getDeletionState(actor, familyId);
}
