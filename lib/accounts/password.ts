import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { hashPassword, verifyPassword } from "@/lib/identity/password";
import { endAllSessions } from "@/lib/identity/sessions";
import { markAttemptSucceeded, reserveAttempt } from "@/lib/identity/sign-in";
import { AppError, RateLimitedError } from "@/lib/core/errors";
import { asClient, type Client } from "@/lib/identity/client";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { sendSoon } from "@/lib/email/send-soon";
import { noticeEmail } from "./account-emails";

/**
 * Changes the password and ends every other session; the one that made the change lives on, and
 * the owner is told by email. Wrong current passwords count as failed sign-ins, so a borrowed
 * session cannot guess freely.
 */
export async function changePassword(
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  from: Client | string | null,
): Promise<void> {
  const client = asClient(from);
  const reservation = await reserveAttempt(actor.email, client.address);
  if ("retryAfterSeconds" in reservation) throw new RateLimitedError(reservation.retryAfterSeconds);
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit(db, { actorId: actor.id, action: "account.password_change", outcome: "denied" });
    await recordSecurityEvent(db, actor.id, "sign-in-failed", client);
    throw new AppError("wrong_password", { currentPassword: "errors.wrong_password" });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await markAttemptSucceeded(tx, reservation.attemptId);
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await endAllSessions(tx, actor.id, actor.sessionId);
    await recordAudit(tx, { actorId: actor.id, action: "account.password_change", outcome: "ok" });
    await recordSecurityEvent(tx, actor.id, "password-changed", client);
  });
  sendSoon(noticeEmail({ id: actor.id, email: actor.email, locale: actor.locale ?? null }, "password-changed"));
}
