import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { caseloads, families, familyMembers, inviteSuggestions, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { familyRelation } from "@/lib/identity/family-access";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { assertFamilyParent } from "./family-parent";
import { insertInvite, type CreatedInvite } from "./insert";

/** A coach's suggestion that a family bring someone in, waiting for one of its parents. */
export type InviteSuggestion = {
  id: string;
  familyId: string;
  familyName: string;
  /** Whom the coach means, as they wrote it; null when they did not say. */
  inviteeName: string | null;
  suggestedBy: { id: string; name: string };
  createdAt: string;
};

/**
 * The family's coach suggests that someone (a co-parent, say) join the family. No link exists yet:
 * one of the family's parents approves it (and gets the link) or declines it. Its parents make
 * links themselves, so for them this is a 403; for anyone else the family does not exist.
 */
export async function suggestInvite(
  actor: Actor,
  familyId: string,
  input: { inviteeName?: string },
  now = new Date(),
): Promise<InviteSuggestion> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if ((await familyRelation(tx, actor, familyId, "change")) !== "coach") throw new AppError("forbidden");
    const [row] = await tx
      .insert(inviteSuggestions)
      .values({ familyId, suggestedById: actor.id, inviteeName: input.inviteeName ?? null, createdAt: now })
      .returning({ id: inviteSuggestions.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.suggest",
      targetType: "invite_suggestion",
      targetId: row!.id,
      familyId,
      outcome: "ok",
    });
    const [family] = await tx.select({ name: families.name }).from(families).where(eq(families.id, familyId));
    return {
      id: row!.id,
      familyId,
      familyName: family!.name,
      inviteeName: input.inviteeName ?? null,
      suggestedBy: { id: actor.id, name: actor.name },
      createdAt: now.toISOString(),
    };
  });
}

/**
 * The suggestions waiting that the caller may act on: a coach's own, for families still on their
 * caseload (to withdraw); a parent's families' (to approve or decline). An admin has none.
 */
export async function listPendingSuggestions(actor: Actor, familyId?: string): Promise<InviteSuggestion[]> {
  if (actor.role === "admin" || (familyId !== undefined && !isId(familyId))) return [];
  const db = await getDb();
  const mine =
    actor.role === "coach"
      ? and(
          eq(inviteSuggestions.suggestedById, actor.id),
          sql`exists (select 1 from ${caseloads} where ${caseloads.familyId} = ${inviteSuggestions.familyId} and ${caseloads.coachId} = ${actor.id})`,
        )
      : sql`exists (select 1 from ${familyMembers} where ${familyMembers.familyId} = ${inviteSuggestions.familyId} and ${familyMembers.userId} = ${actor.id})`;
  const rows = await db
    .select({ suggestion: inviteSuggestions, familyName: families.name, coachName: users.name })
    .from(inviteSuggestions)
    .innerJoin(families, eq(families.id, inviteSuggestions.familyId))
    .innerJoin(users, eq(users.id, inviteSuggestions.suggestedById))
    .where(
      and(isNull(inviteSuggestions.decision), mine, familyId ? eq(inviteSuggestions.familyId, familyId) : undefined),
    )
    .orderBy(asc(inviteSuggestions.createdAt), asc(inviteSuggestions.id))
    .limit(200);
  return rows.map(({ suggestion, familyName, coachName }) => ({
    id: suggestion.id,
    familyId: suggestion.familyId,
    familyName,
    inviteeName: suggestion.inviteeName,
    suggestedBy: { id: suggestion.suggestedById, name: coachName },
    createdAt: suggestion.createdAt.toISOString(),
  }));
}

/** The suggestion, locked; a 404 for an unknown id (or not an id at all). */
async function lockedSuggestion(tx: Executor, suggestionId: string) {
  if (!isId(suggestionId)) throw notFound();
  const [suggestion] = await tx
    .select()
    .from(inviteSuggestions)
    .where(eq(inviteSuggestions.id, suggestionId))
    .for("update");
  if (!suggestion) throw notFound();
  return suggestion;
}

/**
 * A parent of the family approves: the link is made now, in that parent's name (it lives only as
 * long as they may bring someone in), and handed to them to send.
 */
export async function approveSuggestion(actor: Actor, suggestionId: string, now = new Date()): Promise<CreatedInvite> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const suggestion = await lockedSuggestion(tx, suggestionId);
    await assertFamilyParent(tx, actor, suggestion.familyId);
    if (suggestion.decision) throw new AppError("conflict");
    const invite = await insertInvite(
      tx,
      actor,
      { familyId: suggestion.familyId, inviteeName: suggestion.inviteeName ?? undefined },
      now,
    );
    await tx
      .update(inviteSuggestions)
      .set({ decision: "approved", decidedAt: now, decidedById: actor.id, inviteId: invite.id })
      .where(eq(inviteSuggestions.id, suggestion.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.approve",
      targetType: "invite_suggestion",
      targetId: suggestion.id,
      familyId: suggestion.familyId,
      outcome: "ok",
      details: { inviteId: invite.id },
    });
    return invite;
  });
}

/**
 * A parent of the family declines the suggestion, or the coach who made it withdraws it. Doing it
 * twice is harmless; an approved one has a link by now (revoke the link instead: 409).
 */
export async function dismissSuggestion(actor: Actor, suggestionId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const suggestion = await lockedSuggestion(tx, suggestionId);
    const relation = await familyRelation(tx, actor, suggestion.familyId);
    if (relation === "coach" && suggestion.suggestedById !== actor.id) throw new AppError("forbidden");
    if (suggestion.decision === "approved") throw new AppError("conflict");
    if (suggestion.decision) return;
    const decision = relation === "member" ? "declined" : "withdrawn";
    await tx
      .update(inviteSuggestions)
      .set({ decision, decidedAt: now, decidedById: actor.id })
      .where(eq(inviteSuggestions.id, suggestion.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: decision === "declined" ? "invite.decline" : "invite.withdraw",
      targetType: "invite_suggestion",
      targetId: suggestion.id,
      familyId: suggestion.familyId,
      outcome: "ok",
    });
  });
}
