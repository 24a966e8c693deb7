import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { caseloads, families, familyMembers } from "@/db/schema";
import type { Actor } from "./actor";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";

type FamilyRelation = "member" | "coach";

/** The table that ties a parent (family_members) or a coach (caseloads) to families. */
export function familyLinkOf(role: Actor["role"]) {
  return role === "coach"
    ? { table: caseloads, familyId: caseloads.familyId, userId: caseloads.coachId }
    : { table: familyMembers, familyId: familyMembers.familyId, userId: familyMembers.userId };
}

/**
 * What the caller means to do. A family scheduled for deletion can still be read (to restore it,
 * or to take its record elsewhere first), but nothing in it may change: a change is refused with
 * 409 family_pending_deletion until the family is restored.
 */
export type FamilyPurpose = "read" | "change";

/**
 * How the actor relates to a family, or a 404 when it does not: its members and the coaches on
 * its caseload see it; for everyone else, admins included (they manage accounts), it does not exist.
 */
export async function familyRelation(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  purpose: FamilyPurpose = "read",
): Promise<FamilyRelation> {
  return (await familyLink(db, actor, familyId, purpose)).relation;
}

/**
 * The relation, the family's care version and its state in the same query: a reader can then
 * reuse what it computed from the family's records for as long as that version stands, and say
 * which state's titles apply without asking again.
 */
export async function familyLink(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  purpose: FamilyPurpose = "read",
): Promise<FamilyLink> {
  const shared = purpose === "read" ? renderChecks.get(actor) : undefined;
  if (!shared) return checkFamilyLink(db, actor, familyId, purpose);
  let check = shared.get(familyId);
  if (!check) shared.set(familyId, (check = checkFamilyLink(db, actor, familyId, purpose)));
  return check;
}

type FamilyLink = { relation: FamilyRelation; careVersion: number; state: string | null };

/**
 * A page renders once and writes nothing, yet a dozen of its sections each ask whether the
 * reader may see the family: for an actor marked here, reads share one check per family. Route
 * handlers never mark theirs, since a write would leave the shared care version behind.
 */
const renderChecks = new WeakMap<object, Map<string, Promise<FamilyLink>>>();

export function shareReadChecksFor(actor: Pick<Actor, "id" | "role">) {
  if (!renderChecks.has(actor)) renderChecks.set(actor, new Map());
}

async function checkFamilyLink(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  purpose: FamilyPurpose,
): Promise<FamilyLink> {
  if (!isId(familyId) || actor.role === "admin") throw notFound();
  const link = familyLinkOf(actor.role);
  const [found] = await db
    .select({ deletionDueAt: families.deletionDueAt, careVersion: families.careVersion, state: families.state })
    .from(link.table)
    .innerJoin(families, eq(families.id, link.familyId))
    .where(and(eq(link.familyId, familyId), eq(link.userId, actor.id)));
  if (!found) throw notFound();
  if (purpose === "change" && found.deletionDueAt) throw new AppError("family_pending_deletion");
  return {
    relation: actor.role === "coach" ? "coach" : "member",
    careVersion: found.careVersion,
    state: found.state,
  };
}
