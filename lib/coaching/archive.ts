import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { assertFamilyCoach } from "./scope";

type ArchiveState = { archived: boolean; archivedAt: string | null };

/**
 * Archiving takes a family off the active caseload and nothing else: its records, members and
 * coach stay, and it can be brought back. Coaches on its caseload only; doing it twice is harmless.
 */
export async function setArchived(
  actor: Actor,
  familyId: string,
  archived: boolean,
  now = new Date(),
): Promise<ArchiveState> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyCoach(tx, actor, familyId);
    const [current] = await tx
      .select({ archivedAt: families.archivedAt })
      .from(families)
      .where(eq(families.id, familyId))
      .for("update");
    const archivedAt = archived ? (current!.archivedAt ?? now) : null;
    await tx.update(families).set({ archivedAt }).where(eq(families.id, familyId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: archived ? "family.archive" : "family.unarchive",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
    });
    return { archived, archivedAt: archivedAt?.toISOString() ?? null };
  });
}

/** Whether the family is archived, for its coach's page. */
export async function archiveStateOf(actor: Actor, familyId: string): Promise<ArchiveState & { familyName: string }> {
  const db = await getDb();
  await assertFamilyCoach(db, actor, familyId, "read");
  const [family] = await db
    .select({ name: families.name, archivedAt: families.archivedAt })
    .from(families)
    .where(eq(families.id, familyId));
  return {
    familyName: family!.name,
    archived: family!.archivedAt !== null,
    archivedAt: family!.archivedAt?.toISOString() ?? null,
  };
}
