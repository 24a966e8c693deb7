import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { familyRelation } from "@/lib/identity/family-access";
import { notFound } from "@/lib/core/errors";
import type { FamilyPatchInput } from "@/lib/schemas/families";
import { getFamilySummary, type FamilySummary } from "./queries";

/**
 * A parent changes the family's settings (today: its state). The family's coach reads them but
 * may not change them, and is told 404 like anyone else. The care version moves too: the gap
 * engine reads the state, so answers kept for the old one must not be served again.
 */
export async function updateFamilySettings(
  actor: Actor,
  familyId: string,
  input: FamilyPatchInput,
): Promise<FamilySummary> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    if ((await familyRelation(tx, actor, familyId, "change")) !== "member") throw notFound();
    const [before] = await tx
      .select({ state: families.state })
      .from(families)
      .where(eq(families.id, familyId))
      .for("update");
    if (!before) throw notFound();
    if (before.state === input.state) return;
    await tx
      .update(families)
      .set({ state: input.state, careVersion: sql`${families.careVersion} + 1` })
      .where(eq(families.id, familyId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "family.update",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
      details: { field: "state", from: before.state, to: input.state },
    });
  });
  return getFamilySummary(actor, familyId);
}

/** The family's state for its own pages (no audit: the pages record what they show). */
export async function getFamilyState(actor: Actor, familyId: string): Promise<string | null> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const [family] = await db.select({ state: families.state }).from(families).where(eq(families.id, familyId));
  return family?.state ?? null;
}
