import "server-only";
import { and, count, eq, isNull, notExists, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  caseloads,
  emailCodes,
  emailOutbox,
  emailSecondSteps,
  families,
  familyMembers,
  inviteSuggestions,
  invites,
  knownDevices,
  loginAttempts,
  messageReads,
  passkeys,
  passwordResetTokens,
  recoveryCodes,
  securityEvents,
  sessions,
  totpCredentials,
  users,
  webauthnChallenges,
} from "@/db/schema";
import type { Actor, Role } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { signalSessionsChanged } from "@/lib/identity/live-channel";
import { endAllSessions } from "@/lib/identity/sessions";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { requireAdmin } from "./guard";

type AccountState = { id: string; disabled: boolean };

/**
 * Disables or enables an account. Disabling ends every session of it at once (sessions are judged
 * against the user on each request; the version bump also kills them for good). An admin cannot
 * disable themselves, so there is always someone left to undo a mistake.
 */
export async function setAccountDisabled(actor: Actor, userId: string, disabled: boolean): Promise<AccountState> {
  const db = await getDb();
  const action = disabled ? "admin.user_disable" : "admin.user_enable";
  await requireAdmin(db, actor, action, { type: "user", id: userId });
  if (!isId(userId)) throw notFound();
  if (userId === actor.id) {
    await recordAudit(db, {
      actorId: actor.id,
      action,
      targetType: "user",
      targetId: userId,
      outcome: "denied",
      details: { reason: "self" },
    });
    throw new AppError("conflict");
  }
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ disabled, updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .returning({ id: users.id });
    if (!user) throw notFound();
    if (disabled) await endAllSessions(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action, targetType: "user", targetId: userId, outcome: "ok" });
    return { id: userId, disabled };
  });
}

/**
 * Deletes an account: it cannot sign in from this moment (sessions removed, so the next request
 * of any open tab is a 401), and its email, name and password hash are gone. The row stays, with
 * its id, because audit rows, messages and care history name it.
 *
 * Refused with 409, and nothing changed, when the account still carries something only it holds:
 * - a coach with families on their caseload (user_has_caseload): move the families to another
 *   coach first (Admin → Families), so no family is left without a coach by accident;
 * - the only parent of a family whose record is not scheduled for deletion (user_last_parent):
 *   the record is the family's, so it is given up by its parent (with its grace period), or
 *   another parent joins first; an admin never deletes a family's record through a side door.
 * The admin's own account is refused too (conflict), as for disabling.
 */
export async function deleteUser(actor: Actor, userId: string, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.user_delete", { type: "user", id: userId });
  if (!isId(userId)) throw notFound();
  // Every attempt is audited with its outcome, in the transaction that made it when there is one.
  const audit = (executor: Executor, outcome: "ok" | "denied", details: Record<string, string>) =>
    recordAudit(executor, {
      actorId: actor.id,
      action: "admin.user_delete",
      targetType: "user",
      targetId: userId,
      outcome,
      details,
    });
  if (userId === actor.id) {
    await audit(db, "denied", { reason: "self" });
    throw new AppError("conflict");
  }
  const refusal = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ role: users.role, email: users.email, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user || user.deletedAt) throw notFound();
    const blocker = await whatKeeps(tx, userId, user.role);
    if (blocker) return blocker;
    await forget(tx, userId, user.email, now);
    await audit(tx, "ok", { role: user.role });
    return null;
  });
  if (refusal) {
    await audit(db, "denied", { reason: refusal });
    throw new AppError(refusal);
  }
  return { id: userId };
}

async function whatKeeps(
  tx: Executor,
  userId: string,
  role: Role,
): Promise<"user_has_caseload" | "user_last_parent" | null> {
  if (role === "coach") {
    const [row] = await tx.select({ n: count() }).from(caseloads).where(eq(caseloads.coachId, userId));
    return row!.n > 0 ? "user_has_caseload" : null;
  }
  if (role !== "parent") return null;
  const others = tx
    .select({ one: sql`1` })
    .from(familyMembers)
    .where(sql`${familyMembers.familyId} = "mine"."family_id" and ${familyMembers.userId} <> ${userId}`);
  const [row] = await tx
    .select({ n: count() })
    .from(sql`${familyMembers} as "mine"`)
    .innerJoin(families, sql`${families.id} = "mine"."family_id"`)
    .where(and(sql`"mine"."user_id" = ${userId}`, isNull(families.deletionDueAt), notExists(others)));
  return row!.n > 0 ? "user_last_parent" : null;
}

/** Everything that names the person goes; what the family owns (their messages) stays. */
async function forget(tx: Executor, userId: string, email: string, now: Date): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  // How they signed in and where from: their second steps, links, codes, devices and log.
  for (const table of [
    passwordResetTokens,
    totpCredentials,
    recoveryCodes,
    emailCodes,
    emailSecondSteps,
    passkeys,
    webauthnChallenges,
    securityEvents,
    knownDevices,
  ])
    await tx.delete(table).where(eq(table.userId, userId));
  await signalSessionsChanged(tx, userId);
  await tx.delete(loginAttempts).where(eq(loginAttempts.email, email.toLowerCase()));
  await tx.delete(emailOutbox).where(eq(emailOutbox.recipientId, userId));
  await tx.delete(invites).where(and(eq(invites.invitedById, userId), isNull(invites.usedAt)));
  await tx
    .delete(inviteSuggestions)
    .where(and(eq(inviteSuggestions.suggestedById, userId), isNull(inviteSuggestions.decision)));
  await tx.delete(familyMembers).where(eq(familyMembers.userId, userId));
  await tx.delete(messageReads).where(eq(messageReads.userId, userId));
  await tx
    .update(users)
    .set({
      email: `deleted-${userId}@deleted.invalid`,
      name: "",
      passwordHash: "",
      locale: null,
      disabled: true,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
}
