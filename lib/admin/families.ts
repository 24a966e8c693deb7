import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseloads, families, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { notFound } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type { MoveFamilyInput } from "@/lib/schemas/admin";
import { isId } from "@/lib/schemas/fields";
import { requireAdmin } from "./guard";

export type AdminFamily = { id: string; name: string; archived: boolean; coaches: { id: string; name: string }[] };

/**
 * Families by name with their coaches, so an admin can move one. Names only: an admin manages
 * accounts and never reads a family's care data, members or messages.
 */
export async function listFamiliesForAdmin(actor: Actor): Promise<AdminFamily[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.families_list");
  const rows = await db
    .select({
      id: families.id,
      name: families.name,
      archivedAt: families.archivedAt,
      coachId: users.id,
      coachName: users.name,
    })
    .from(families)
    .leftJoin(caseloads, eq(caseloads.familyId, families.id))
    .leftJoin(users, eq(users.id, caseloads.coachId))
    .orderBy(asc(families.name), asc(families.id), asc(users.name));
  const byId = new Map<string, AdminFamily>();
  for (const row of rows) {
    const family = byId.get(row.id) ?? { id: row.id, name: row.name, archived: row.archivedAt !== null, coaches: [] };
    if (row.coachId && row.coachName) family.coaches.push({ id: row.coachId, name: row.coachName });
    byId.set(row.id, family);
  }
  return [...byId.values()];
}

/**
 * Hands a family to another coach: its caseload rows are replaced in one transaction. Access is
 * decided from caseloads on every request, so the old coach gets a 404 on their very next one, and
 * their pending invites into the family stop working with it.
 */
export async function moveFamily(actor: Actor, familyId: string, input: MoveFamilyInput): Promise<AdminFamily> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.family_move", { type: "family", id: familyId });
  if (!isId(familyId)) throw notFound();
  return db.transaction(async (tx) => {
    const [family] = await tx.select().from(families).where(eq(families.id, familyId)).for("update");
    if (!family) throw notFound();
    const [coach] = await tx
      .select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
      .from(users)
      .where(eq(users.id, input.coachId));
    if (!coach || coach.role !== "coach" || coach.disabled) throw invalidFields({ coachId: "validation.coach" });
    const before = await tx
      .select({ coachId: caseloads.coachId })
      .from(caseloads)
      .where(eq(caseloads.familyId, familyId));
    const leaving = before.map((row) => row.coachId).filter((id) => id !== coach.id);
    if (leaving.length > 0)
      await tx.delete(caseloads).where(and(eq(caseloads.familyId, familyId), inArray(caseloads.coachId, leaving)));
    await tx.insert(caseloads).values({ coachId: coach.id, familyId }).onConflictDoNothing();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.family_move",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
      details: { toCoachId: coach.id, fromCoachIds: before.map((row) => row.coachId).join(",") },
    });
    return {
      id: family.id,
      name: family.name,
      archived: family.archivedAt !== null,
      coaches: [{ id: coach.id, name: coach.name }],
    };
  });
}
