import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { caseloads, familyMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/schemas/fields";

export type FamilyRelation = "member" | "coach";

/** The table that ties a parent (family_members) or a coach (caseloads) to families. */
export function familyLinkOf(role: Actor["role"]) {
  return role === "coach"
    ? { table: caseloads, familyId: caseloads.familyId, userId: caseloads.coachId }
    : { table: familyMembers, familyId: familyMembers.familyId, userId: familyMembers.userId };
}

/**
 * How the actor relates to a family, or a 404 when it does not: its members and the coaches on
 * its caseload see it; for everyone else, admins included (they manage accounts), it does not exist.
 */
export async function familyRelation(db: Executor, actor: Pick<Actor, "id" | "role">, familyId: string): Promise<FamilyRelation> {
  if (!isId(familyId) || actor.role === "admin") throw notFound();
  const link = familyLinkOf(actor.role);
  const found = await db.select({ id: link.familyId }).from(link.table).where(and(eq(link.familyId, familyId), eq(link.userId, actor.id)));
  if (found.length === 0) throw notFound();
  return actor.role === "coach" ? "coach" : "member";
}
