import "server-only";
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db/client";
import { families, familyMembers, invites, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { config } from "@/lib/core/config";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { inviteUrl, type CreatedInvite } from "./insert";
import { makerMayStillInvite } from "./lookup";
import { hashInviteToken, newInviteToken } from "./tokens";

type PendingInvite = {
  id: string;
  /** Null: the invite founds a new family. */
  familyId: string | null;
  familyName: string | null;
  /** Whom the link is for, as its maker wrote it. */
  inviteeName: string | null;
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  /** Past its expiry: it can no longer be used, but it can be sent again. */
  expired: boolean;
  /** Whether the caller may send it again (an admin only withdraws). */
  canResend: boolean;
};

const inviter = alias(users, "inviter");

/**
 * Invites not used and not revoked, only those the caller may act on: a coach's own links for new
 * families; a parent's families' links (the family decides who joins it, so any of its parents
 * may withdraw one); for an admin, the coaches' links for new families, to withdraw. A link into
 * a family is never shown to an admin or a coach. Soonest to expire first.
 */
export async function listPendingInvites(actor: Actor, now = new Date()): Promise<PendingInvite[]> {
  const db = await getDb();
  const rows = await db
    .select({ invite: invites, existingName: families.name, inviterName: inviter.name })
    .from(invites)
    .innerJoin(inviter, eq(inviter.id, invites.invitedById))
    .leftJoin(families, eq(families.id, invites.familyId))
    .where(and(isNull(invites.usedAt), isNull(invites.revokedAt), mayActOn(actor)))
    .orderBy(asc(invites.expiresAt), asc(invites.id))
    .limit(500);
  return rows.map(({ invite, existingName, inviterName }) => ({
    id: invite.id,
    familyId: invite.familyId,
    familyName: existingName ?? invite.familyName,
    inviteeName: invite.inviteeName,
    invitedBy: { id: invite.invitedById, name: inviterName },
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    expired: invite.expiresAt.getTime() <= now.getTime(),
    canResend: actor.role !== "admin",
  }));
}

/** The invites a caller may act on, as a condition on the invites table. */
function mayActOn(actor: Actor): SQL {
  if (actor.role === "admin") return isNull(invites.familyId);
  if (actor.role === "coach") return and(isNull(invites.familyId), eq(invites.invitedById, actor.id))!;
  return sql`${invites.familyId} in (select ${familyMembers.familyId} from ${familyMembers} where ${familyMembers.userId} = ${actor.id})`;
}

/**
 * The invite a caller may act on, locked; a 404 for anyone else (as for an unknown id), so an
 * invite into a family does not exist for its coach or an admin. A link into a family is the
 * family's: any of its parents may withdraw it or send it again. A link for a new family is its
 * coach's: they withdraw it or send it again; an admin may withdraw it, never send it (an admin
 * invites nobody). A used invite cannot be revoked or sent again (409).
 */
async function managedInvite(tx: Executor, actor: Actor, inviteId: string, purpose: "revoke" | "resend") {
  if (!isId(inviteId)) throw notFound();
  const [invite] = await tx.select().from(invites).where(eq(invites.id, inviteId)).for("update");
  if (!invite || !(await mayManage(tx, actor, invite, purpose))) throw notFound();
  if (invite.usedAt) throw new AppError("conflict");
  return invite;
}

async function mayManage(
  tx: Executor,
  actor: Actor,
  invite: typeof invites.$inferSelect,
  purpose: "revoke" | "resend",
): Promise<boolean> {
  if (!invite.familyId) {
    if (actor.role === "admin") return purpose === "revoke";
    return actor.role === "coach" && invite.invitedById === actor.id;
  }
  if (actor.role !== "parent") return false;
  const [member] = await tx
    .select({ familyId: familyMembers.familyId })
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, invite.familyId), eq(familyMembers.userId, actor.id)));
  return Boolean(member);
}

/** Withdraws an invite: its link answers 410 from now on. Revoking twice is harmless. */
export async function revokeInvite(actor: Actor, inviteId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const invite = await managedInvite(tx, actor, inviteId, "revoke");
    if (invite.revokedAt) return;
    await tx.update(invites).set({ revokedAt: now }).where(eq(invites.id, inviteId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.revoke",
      targetType: "invite",
      targetId: inviteId,
      familyId: invite.familyId,
      outcome: "ok",
    });
  });
}

/**
 * A fresh link and a fresh expiry for a pending invite. Only a hash of the token is stored, so the
 * new hash replaces the old one and the old link stops working at once. Sending again changes
 * neither the family nor the maker: the link still speaks for whoever made it, so when the maker
 * can no longer bring anyone in (a parent who left the family, a disabled account) it is a 409,
 * whoever asks; and whoever may not make such an invite may not send one again.
 */
export async function resendInvite(actor: Actor, inviteId: string, now = new Date()): Promise<CreatedInvite> {
  const db = await getDb();
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + config.inviteLifetimeMs);
  await db.transaction(async (tx) => {
    const invite = await managedInvite(tx, actor, inviteId, "resend");
    if (invite.revokedAt) throw new AppError("conflict");
    if (invite.familyId) {
      const [family] = await tx
        .select({ deletionDueAt: families.deletionDueAt })
        .from(families)
        .where(eq(families.id, invite.familyId));
      if (family?.deletionDueAt) throw new AppError("family_pending_deletion");
    }
    if (!(await makerMayStillInvite(tx, invite))) throw new AppError("conflict");
    await tx
      .update(invites)
      .set({ tokenHash: hashInviteToken(token), expiresAt })
      .where(eq(invites.id, inviteId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invite.resend",
      targetType: "invite",
      targetId: inviteId,
      familyId: invite.familyId,
      outcome: "ok",
    });
  });
  return { id: inviteId, url: inviteUrl(token), token, expiresAt: expiresAt.toISOString() };
}
