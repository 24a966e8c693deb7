import "server-only";
import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db/client";
import { families, invites, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { config } from "@/lib/core/config";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { inviteUrl, type CreatedInvite } from "./create";
import { hashInviteToken, newInviteToken } from "./tokens";

export type PendingInvite = {
  id: string;
  /** Null: the invite founds a new family. */
  familyId: string | null;
  familyName: string | null;
  invitedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  /** Past its expiry: it can no longer be used, but it can be sent again. */
  expired: boolean;
};

const inviter = alias(users, "inviter");

/** Invites not used and not revoked: the caller's own, or every one for an admin. Soonest to expire first. */
export async function listPendingInvites(actor: Actor, now = new Date()): Promise<PendingInvite[]> {
  const db = await getDb();
  const pending: SQL[] = [isNull(invites.usedAt), isNull(invites.revokedAt)];
  if (actor.role !== "admin") pending.push(eq(invites.invitedById, actor.id));
  const rows = await db
    .select({ invite: invites, existingName: families.name, inviterName: inviter.name })
    .from(invites)
    .innerJoin(inviter, eq(inviter.id, invites.invitedById))
    .leftJoin(families, eq(families.id, invites.familyId))
    .where(and(...pending))
    .orderBy(asc(invites.expiresAt), asc(invites.id))
    .limit(500);
  return rows.map(({ invite, existingName, inviterName }) => ({
    id: invite.id,
    familyId: invite.familyId,
    familyName: existingName ?? invite.familyName,
    invitedBy: { id: invite.invitedById, name: inviterName },
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    expired: invite.expiresAt.getTime() <= now.getTime(),
  }));
}

/**
 * The invite a caller may manage, locked: the one who made it, or an admin. Anyone else gets a
 * 404, as for an unknown id. A used invite cannot be revoked or sent again (409).
 */
async function managedInvite(tx: Executor, actor: Actor, inviteId: string) {
  if (!isId(inviteId)) throw notFound();
  const [invite] = await tx.select().from(invites).where(eq(invites.id, inviteId)).for("update");
  if (!invite || (actor.role !== "admin" && invite.invitedById !== actor.id)) throw notFound();
  if (invite.usedAt) throw new AppError("conflict");
  return invite;
}

/** Withdraws an invite: its link answers 410 from now on. Revoking twice is harmless. */
export async function revokeInvite(actor: Actor, inviteId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const invite = await managedInvite(tx, actor, inviteId);
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
 * new hash replaces the old one and the old link stops working at once.
 */
export async function resendInvite(actor: Actor, inviteId: string, now = new Date()): Promise<CreatedInvite> {
  const db = await getDb();
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + config.inviteLifetimeMs);
  await db.transaction(async (tx) => {
    const invite = await managedInvite(tx, actor, inviteId);
    if (invite.revokedAt) throw new AppError("conflict");
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
  return { url: inviteUrl(token), token, expiresAt: expiresAt.toISOString() };
}
