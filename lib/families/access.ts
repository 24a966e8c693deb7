import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { caseloads, familyMembers, families } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/http/errors";

export type FamilyRelation = "member" | "coach" | "admin";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How the actor relates to a family, or a 404 when it does not: its members, the coaches on its
 * caseload and admins see it; for everyone else it does not exist.
 */
export async function familyRelation(db: Executor, actor: Actor, familyId: string): Promise<FamilyRelation> {
  if (!UUID.test(familyId)) throw notFound();
  const found = await (actor.role === "admin"
    ? db.select({ id: families.id }).from(families).where(eq(families.id, familyId))
    : actor.role === "coach"
      ? db.select({ id: caseloads.familyId }).from(caseloads).where(and(eq(caseloads.familyId, familyId), eq(caseloads.coachId, actor.id)))
      : db.select({ id: familyMembers.familyId }).from(familyMembers).where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.userId, actor.id))));
  if (found.length === 0) throw notFound();
  return actor.role === "parent" ? "member" : actor.role;
}
