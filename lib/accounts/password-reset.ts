import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { passwordResetTokens, users } from "@/db/schema";
import { AppError, RateLimitedError } from "@/lib/core/errors";
import type { Client } from "@/lib/identity/client";
import { recordAudit } from "@/lib/identity/audit";
import { hashPassword } from "@/lib/identity/password";
import { hashSecret, newLinkToken } from "@/lib/identity/secrets";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { endAllSessions } from "@/lib/identity/sessions";
import { markAttemptSucceeded, reserveAttempt } from "@/lib/identity/sign-in";
import { sendSoon } from "@/lib/email/send-soon";
import { noticeEmail, passwordLinkEmail } from "./account-emails";
import { RESET_LINK_MS } from "./password-links";

type Target = { id: string; email: string; locale: string | null };

/**
 * "Forgot your password?": emails a link when the address belongs to an active account, and
 * answers the same either way. Known and unknown addresses take the same path: one rate-limit
 * booking, one statement that issues a token only if the account exists (and writes the audit
 * row either way), and the email leaves after the answer (lib/email/send-soon.ts). The link
 * itself never touches the database; its hash does.
 */
export async function requestPasswordReset(email: string, client: Client, now = new Date()): Promise<void> {
  const reservation = await reserveAttempt(email, client.address, "reset-request");
  if ("retryAfterSeconds" in reservation) throw new RateLimitedError(reservation.retryAfterSeconds);
  const token = newLinkToken();
  const db = await getDb();
  const [target] = await rowsOf<Target>(
    db,
    sql`
      with target as (
        select id, email, locale from ${users}
        where lower(email) = ${email} and not disabled and deleted_at is null
      ),
      issued as (
        insert into ${passwordResetTokens} (user_id, token_hash, purpose, expires_at, created_at)
        select id, ${hashSecret(token)}, 'reset', ${new Date(now.getTime() + RESET_LINK_MS).toISOString()}::timestamptz,
          ${now.toISOString()}::timestamptz
        from target
        returning user_id
      ),
      audited as (
        insert into audit_log (actor_id, action, target_type, target_id, outcome)
        select (select id from target), 'account.password_reset_request', 'user', (select id::text from target), 'ok'
      )
      select target.id, target.email, target.locale from target join issued on issued.user_id = target.id`,
  );
  if (target) sendSoon(passwordLinkEmail(target, token, "reset", RESET_LINK_MS));
}

/**
 * Sets the new password with a link's token: once, before it expires. Every session of the
 * account ends, other links it had stop working, and its owner is told by email. The second step
 * stays as it was: a reset link proves the mailbox, not the phone. Unknown tokens count against
 * the caller's address like failed sign-ins.
 */
export async function completePasswordReset(
  token: string,
  newPassword: string,
  client: Client,
  now = new Date(),
): Promise<void> {
  const tokenHash = hashSecret(token);
  // Each token its own bucket: what limits guessing is the address.
  const reservation = await reserveAttempt(`token:${tokenHash.slice(0, 16)}`, client.address, "reset-complete");
  if ("retryAfterSeconds" in reservation) throw new RateLimitedError(reservation.retryAfterSeconds);
  const db = await getDb();
  await usableLink(db, tokenHash, now); // fail fast, before the slow hash
  const passwordHash = await hashPassword(newPassword);
  const user = await db.transaction(async (tx) => {
    const link = await usableLink(tx, tokenHash, now, true);
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(eq(passwordResetTokens.id, link.id));
    // The other links of the account die with this one: one reset, one working password.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.userId, link.userId),
          ne(passwordResetTokens.id, link.id),
          isNull(passwordResetTokens.usedAt),
        ),
      );
    const [changed] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(eq(users.id, link.userId))
      .returning({ id: users.id, email: users.email, locale: users.locale });
    await endAllSessions(tx, link.userId);
    await markAttemptSucceeded(tx, reservation.attemptId);
    await recordAudit(tx, {
      actorId: link.userId,
      action: "account.password_reset",
      targetType: "user",
      targetId: link.userId,
      outcome: "ok",
      details: { purpose: link.purpose },
    });
    await recordSecurityEvent(tx, link.userId, "password-reset", client, now);
    return changed!;
  });
  sendSoon(noticeEmail(user, "password-changed"));
}

/** The link's row when it can still be used; otherwise why not (400 unknown, 410 used or expired). */
async function usableLink(db: Executor, tokenHash: string, now: Date, lock = false) {
  const query = db
    .select({
      id: passwordResetTokens.id,
      userId: passwordResetTokens.userId,
      purpose: passwordResetTokens.purpose,
      expiresAt: passwordResetTokens.expiresAt,
      usedAt: passwordResetTokens.usedAt,
      disabled: users.disabled,
      deletedAt: users.deletedAt,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, tokenHash));
  const [link] = lock ? await query.for("update", { of: passwordResetTokens }) : await query;
  if (!link || link.disabled || link.deletedAt)
    throw new AppError("reset_token_invalid", { token: "errors.reset_token_invalid" });
  if (link.usedAt) throw new AppError("reset_token_used", { token: "errors.reset_token_used" });
  if (link.expiresAt.getTime() <= now.getTime())
    throw new AppError("reset_token_expired", { token: "errors.reset_token_expired" });
  return link;
}
