import "server-only";
import { getDb } from "@/db/client";
import { invites } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { config } from "@/lib/core/config";
import { familyRelation } from "@/lib/identity/family-access";
import { AppError } from "@/lib/core/errors";
import type { CreateInviteInput } from "@/lib/schemas/accounts";
import { hashInviteToken, newInviteToken } from "./tokens";

export type CreatedInvite = { url: string; token: string; expiresAt: string };

/**
 * A coach invites a new family onto their caseload (no familyId) or another parent into a family
 * they coach; a parent invites a co-parent into their own family.
 */
export async function createInvite(actor: Actor, input: CreateInviteInput, now = new Date()): Promise<CreatedInvite> {
  const db = await getDb();
  if (input.familyId) await familyRelation(db, actor, input.familyId, "change");
  else if (actor.role !== "coach") throw new AppError("forbidden");
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + config.inviteLifetimeMs);
  await db.transaction(async (tx) => {
    const [invite] = await tx
      .insert(invites)
      .values({
        tokenHash: hashInviteToken(token),
        invitedById: actor.id,
        familyId: input.familyId ?? null,
        familyName: input.familyId ? null : (input.familyName ?? null),
        expiresAt,
      })
      .returning({ id: invites.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.create",
      targetType: "invite",
      targetId: invite!.id,
      familyId: input.familyId ?? null,
      outcome: "ok",
    });
  });
  return { url: inviteUrl(token), token, expiresAt: expiresAt.toISOString() };
}

export function inviteUrl(token: string): string {
  return new URL(`/sign-up?token=${encodeURIComponent(token)}`, config.appUrl).toString();
}
