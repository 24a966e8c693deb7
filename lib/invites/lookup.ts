import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { invites, users } from "@/db/schema";
import { familyRelation } from "@/lib/families/access";
import { AppError } from "@/lib/http/errors";
import { hashInviteToken } from "./tokens";

export type UsableInvite = typeof invites.$inferSelect;

/** The invite behind a token if it can still be used; otherwise the reason as a 410. */
export async function usableInvite(db: Executor, token: string, now = new Date(), lock = false): Promise<UsableInvite> {
  const query = db.select().from(invites).where(eq(invites.tokenHash, hashInviteToken(token)));
  const [invite] = await (lock ? query.for("update") : query);
  if (!invite) throw new AppError("invite_invalid");
  if (invite.usedAt) throw new AppError("invite_used");
  if (invite.expiresAt.getTime() <= now.getTime()) throw new AppError("invite_expired");
  if (!(await inviterMayStillInvite(db, invite))) throw new AppError("invite_invalid");
  return invite;
}

/**
 * An invite speaks for the person who made it, so it dies with their access: a disabled account,
 * or a coach or parent no longer linked to the family, cannot bring anyone in any more.
 */
async function inviterMayStillInvite(db: Executor, invite: UsableInvite): Promise<boolean> {
  const [inviter] = await db.select({ id: users.id, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, invite.invitedById));
  if (!inviter || inviter.disabled) return false;
  if (!invite.familyId) return inviter.role === "coach";
  try {
    await familyRelation(db, inviter, invite.familyId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return false;
    throw error;
  }
}
