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

/**
 * Changes the password and ends every other session; the one that made the change lives on.
 * Wrong current passwords count as failed sign-ins, so a borrowed session cannot guess freely.
 */
export async function changePassword(
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  address: string | null,
): Promise<void> {
  const reservation = await reserveAttempt(actor.email, address);
  if ("retryAfterSeconds" in reservation) throw new RateLimitedError(reservation.retryAfterSeconds);
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit(db, { actorId: actor.id, action: "account.password_change", outcome: "denied" });
    throw new AppError("wrong_password", { currentPassword: "errors.wrong_password" });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await markAttemptSucceeded(tx, reservation.attemptId);
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await endAllSessions(tx, actor.id, actor.sessionId);
    await recordAudit(tx, { actorId: actor.id, action: "account.password_change", outcome: "ok" });
  });
}
