import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { children } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordFamilyView } from "@/lib/identity/family-view";
import { familyLink, familyRelation } from "@/lib/identity/family-access";
import type { VersionedFamily } from "./versioned-family";
import { assertBeforeDeadline } from "@/lib/core/deadline";
import { notFound } from "@/lib/core/errors";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { once } from "@/lib/idempotency/once";
import { isId } from "@/lib/schemas/fields";

/**
 * Runs a change to a family's care records in one transaction, after checking the actor may see
 * the family (its members and its coaches may change it alike; anyone else gets a 404). Sent with
 * an Idempotency-Key, the change happens once however often it is retried (lib/idempotency).
 */
export async function inFamily<T>(
  actor: Actor,
  familyId: string,
  work: (tx: Executor) => Promise<T>,
  request: IdempotentRequest | null = null,
): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await familyRelation(tx, actor, familyId, "change");
    const result = await once(tx, actor, familyId, request, () => work(tx));
    assertBeforeDeadline();
    return result;
  });
}

/** The child row, or a 404 when the id is not a child of this family. */
export async function childOfFamily(db: Executor, familyId: string, childId: string) {
  if (!isId(childId)) throw notFound();
  const [child] = await db
    .select()
    .from(children)
    .where(and(eq(children.id, childId), eq(children.familyId, familyId)));
  if (!child) throw notFound();
  return child;
}

/**
 * Opens a family's care records for reading. A coach's reads are written to the audit log (who
 * looked at which family's what, never the content), once per view; a parent's are not.
 * Answers the family's care version, under which computed answers may be kept (engine-cache.ts),
 * and its state.
 */
export async function readFamily(
  db: Executor,
  actor: Actor,
  familyId: string,
  what: string,
): Promise<VersionedFamily & { state: string | null }> {
  const { relation, careVersion, state } = await familyLink(db, actor, familyId);
  if (relation === "coach") await recordFamilyView(db, actor, familyId, { action: "care.view", targetType: what });
  return { id: familyId, careVersion, state };
}
