import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseloads, familyMembers, families, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordFamilyView } from "@/lib/identity/family-view";
import { familyLinkOf, familyRelation } from "@/lib/identity/family-access";

export type FamilyRef = { id: string; name: string };

export type FamilySummary = FamilyRef & {
  createdAt: string;
  archived: boolean;
  /** Where the child is served (two-letter US code); null until a parent chooses it. */
  state: string | null;
  members: { id: string; name: string; email: string }[];
  coaches: { id: string; name: string; email: string }[];
};

/** The families the actor belongs to (parent) or coaches (coach); admins see none. */
export async function listFamiliesFor(actor: Actor): Promise<FamilyRef[]> {
  if (actor.role === "admin") return [];
  const db = await getDb();
  const link = familyLinkOf(actor.role);
  return db
    .select({ id: families.id, name: families.name })
    .from(families)
    .innerJoin(link.table, eq(link.familyId, families.id))
    .where(eq(link.userId, actor.id))
    .orderBy(asc(families.name), asc(families.id));
}

export async function getFamilySummary(actor: Actor, familyId: string): Promise<FamilySummary> {
  const db = await getDb();
  const relation = await familyRelation(db, actor, familyId);
  const [family] = await db.select().from(families).where(eq(families.id, familyId));
  const people = { id: users.id, name: users.name, email: users.email };
  const [members, coaches] = await Promise.all([
    db
      .select(people)
      .from(familyMembers)
      .innerJoin(users, eq(users.id, familyMembers.userId))
      .where(eq(familyMembers.familyId, familyId))
      .orderBy(asc(familyMembers.joinedAt)),
    db
      .select(people)
      .from(caseloads)
      .innerJoin(users, eq(users.id, caseloads.coachId))
      .where(eq(caseloads.familyId, familyId))
      .orderBy(asc(caseloads.assignedAt)),
  ]);
  if (relation === "coach") {
    await recordFamilyView(db, actor, familyId, { action: "family.view", targetType: "family" });
  }
  return {
    id: family!.id,
    name: family!.name,
    createdAt: family!.createdAt.toISOString(),
    archived: family!.archivedAt !== null,
    state: family!.state,
    members,
    coaches,
  };
}

/** The family's name for the header of its pages (no audit: the pages record what they show). */
export async function getFamilyRef(actor: Actor, familyId: string): Promise<FamilyRef> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const [family] = await db
    .select({ id: families.id, name: families.name })
    .from(families)
    .where(eq(families.id, familyId));
  return family!;
}
