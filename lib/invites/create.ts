import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import type { CreateInviteInput } from "@/lib/schemas/accounts";
import { assertFamilyParent } from "./family-parent";
import { insertInvite, type CreatedInvite } from "./insert";
import { suggestInvite, type InviteSuggestion } from "./suggestions";

/**
 * A link someone can sign up with. Who may make one:
 * - a coach, for a new family (it lands on their caseload);
 * - a parent, for someone to join their own family.
 * Nobody else brings anyone into an existing family: its coach suggests it (suggestions.ts) and a
 * parent approves, and an admin invites nobody.
 */
export async function createInvite(actor: Actor, input: CreateInviteInput, now = new Date()): Promise<CreatedInvite> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (input.familyId) await assertFamilyParent(tx, actor, input.familyId);
    else if (actor.role !== "coach") throw new AppError("forbidden");
    const invite = await insertInvite(tx, actor, input, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.create",
      targetType: "invite",
      targetId: invite.id,
      familyId: input.familyId ?? null,
      outcome: "ok",
    });
    return invite;
  });
}

/** What POST /api/v1/invites does: a link, or, from the family's coach, a suggestion to its parents. */
export async function inviteOrSuggest(
  actor: Actor,
  input: CreateInviteInput,
  now = new Date(),
): Promise<{ link: CreatedInvite } | { suggestion: InviteSuggestion }> {
  if (input.familyId && actor.role === "coach")
    return { suggestion: await suggestInvite(actor, input.familyId, input, now) };
  return { link: await createInvite(actor, input, now) };
}
