import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { familyTags, families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { TagsInput } from "@/lib/schemas/coaching";
import { assertFamilyCoach, readAsFamilyCoach } from "./scope";

/** The family's tags in alphabetical order (case ignored): coaches on its caseload only. */
export async function listTags(actor: Actor, familyId: string): Promise<string[]> {
  const db = await getDb();
  await readAsFamilyCoach(db, actor, familyId);
  return tagsOf(familyId);
}

async function tagsOf(familyId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ tag: familyTags.tag })
    .from(familyTags)
    .where(eq(familyTags.familyId, familyId))
    .orderBy(asc(familyTags.tag));
  return rows.map((row) => row.tag).sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
}

/**
 * Replaces the family's tags with this set (already normalised and case-insensitively unique by
 * the schema). A tag kept with other casing takes the new spelling.
 */
export async function setTags(actor: Actor, familyId: string, input: TagsInput): Promise<string[]> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertFamilyCoach(tx, actor, familyId);
    // One writer per family at a time, so two coaches saving at once cannot exceed the limit.
    await tx.select({ id: families.id }).from(families).where(eq(families.id, familyId)).for("update");
    await tx.delete(familyTags).where(eq(familyTags.familyId, familyId));
    if (input.tags.length > 0) await tx.insert(familyTags).values(input.tags.map((tag) => ({ familyId, tag })));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tags.set",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
      details: { count: input.tags.length },
    });
  });
  return tagsOf(familyId);
}
