import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailCodes, emailSecondSteps, passkeys, recoveryCodes, totpCredentials, users } from "@/db/schema";
import { AppError, notFound } from "@/lib/core/errors";
import { issuePasswordLink, RESET_LINK_MS } from "@/lib/accounts/password-links";
import { notifySecondStepChanged } from "@/lib/accounts/two-step";
import { sendSoon } from "@/lib/email/send-soon";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { NO_CLIENT } from "@/lib/identity/client";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { endAllSessions } from "@/lib/identity/sessions";
import { isId } from "@/lib/schemas/fields";
import { requireAdmin } from "./guard";

/** A live account an admin may help: a coach or a parent (an admin's own account is theirs to manage). */
async function helpedAccount(actor: Actor, userId: string, action: string) {
  const db = await getDb();
  await requireAdmin(db, actor, action, { type: "user", id: userId });
  if (!isId(userId)) throw notFound();
  const [user] = await db
    .select({ id: users.id, email: users.email, locale: users.locale, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!user) throw notFound();
  if (user.role === "admin" || user.id === actor.id) {
    await recordAudit(db, { actorId: actor.id, action, targetType: "user", targetId: userId, outcome: "denied" });
    throw new AppError("conflict");
  }
  return { db, user };
}

/**
 * Emails a coach or parent a link to choose a new password, instead of an admin ever setting
 * (and so knowing) one. Their current password keeps working until the link is used.
 */
export async function sendPasswordResetLink(actor: Actor, userId: string, now = new Date()): Promise<void> {
  const { db, user } = await helpedAccount(actor, userId, "admin.password_link");
  const email = await db.transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.password_link",
      targetType: "user",
      targetId: userId,
      outcome: "ok",
    });
    return issuePasswordLink(tx, user, "reset", RESET_LINK_MS, now);
  });
  sendSoon(email);
}

/**
 * For someone who lost their phone and their recovery codes: every second step of the account
 * goes (app, email codes, passkeys, recovery codes) and every session ends. Audited; the owner is
 * emailed. Where their role requires one, the next sign-in can only set up a new second step.
 */
export async function resetSecondStep(actor: Actor, userId: string, now = new Date()): Promise<void> {
  const { db, user } = await helpedAccount(actor, userId, "admin.mfa_reset");
  await db.transaction(async (tx) => {
    await tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId));
    await tx.delete(emailSecondSteps).where(eq(emailSecondSteps.userId, userId));
    await tx.delete(emailCodes).where(eq(emailCodes.userId, userId));
    await tx.delete(passkeys).where(eq(passkeys.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await endAllSessions(tx, userId);
    await recordSecurityEvent(tx, userId, "mfa-disabled", NO_CLIENT, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.mfa_reset",
      targetType: "user",
      targetId: userId,
      outcome: "ok",
    });
  });
  notifySecondStepChanged(user);
}
