import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { invites, users } from "@/db/schema";
import { familyRelation } from "@/lib/identity/family-access";
import { AppError } from "@/lib/core/errors";
import { hashInviteToken } from "./tokens";

export type UsableInvite = typeof invites.$inferSelect & { inviterName: string };

/** The invite behind a token if it can still be used; otherwise the reason as a 410. */
export async function usableInvite(db: Executor, token: string, now = new Date(), lock = false): Promise<UsableInvite> {
  const query = db
    .select()
    .from(invites)
    .where(eq(invites.tokenHash, hashInviteToken(token)));
  const [invite] = await (lock ? query.for("update") : query);
  if (!invite) throw new AppError("invite_invalid");
  if (invite.usedAt) throw new AppError("invite_used");
  if (invite.revokedAt) throw new AppError("invite_revoked");
  if (invite.expiresAt.getTime() <= now.getTime()) throw new AppError("invite_expired");
  const inviter = await liveInviter(db, invite);
  if (!inviter) throw new AppError("invite_invalid");
  return { ...invite, inviterName: inviter.name };
}

/**
 * An invite speaks for the person who made it, so it dies with their access: a disabled account,
 * or a coach or parent no longer linked to the family, cannot bring anyone in any more.
 */
async function liveInviter(db: Executor, invite: typeof invites.$inferSelect) {
  const [inviter] = await db
    .select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, invite.invitedById));
  if (!inviter || inviter.disabled) return null;
  if (!invite.familyId) return inviter.role === "coach" ? inviter : null;
  try {
    await familyRelation(db, inviter, invite.familyId);
    return inviter;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
