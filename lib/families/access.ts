import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { caseloads, familyMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/schemas/fields";

export type FamilyRelation = "member" | "coach";

/**
 * How the actor relates to a family, or a 404 when it does not: its members and the coaches on
 * its caseload see it; for everyone else, admins included (they manage accounts), it does not exist.
 */
export async function familyRelation(db: Executor, actor: Pick<Actor, "id" | "role">, familyId: string): Promise<FamilyRelation> {
  if (!isId(familyId) || actor.role === "admin") throw notFound();
  const found = await (actor.role === "coach"
    ? db.select({ id: caseloads.familyId }).from(caseloads).where(and(eq(caseloads.familyId, familyId), eq(caseloads.coachId, actor.id)))
    : db.select({ id: familyMembers.familyId }).from(familyMembers).where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.userId, actor.id))));
  if (found.length === 0) throw notFound();
  return actor.role === "coach" ? "coach" : "member";
}
