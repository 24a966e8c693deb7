import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { familyMembers, invites, users } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { hashInviteToken } from "./tokens";

type UsableInvite = typeof invites.$inferSelect & { inviterName: string };

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

/** Whether the invite's maker may still bring someone in through it (see liveInviter). */
export async function makerMayStillInvite(db: Executor, invite: typeof invites.$inferSelect): Promise<boolean> {
  return (await liveInviter(db, invite)) !== null;
}

/**
 * An invite speaks for the person who made it, so it lives only while they may make it: a coach
 * (not disabled) for a new family; for an existing family, a parent who is still its member. A
 * link into a family made by anyone else (its coach before suggestions existed, say) brings
 * nobody in; neither does one whose maker was disabled or left the family.
 */
async function liveInviter(db: Executor, invite: typeof invites.$inferSelect) {
  const [inviter] = await db
    .select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, invite.invitedById));
  if (!inviter || inviter.disabled) return null;
  if (!invite.familyId) return inviter.role === "coach" ? inviter : null;
  if (inviter.role !== "parent") return null;
  const [member] = await db
    .select({ userId: familyMembers.userId })
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, invite.familyId), eq(familyMembers.userId, inviter.id)));
  return member ? inviter : null;
}
