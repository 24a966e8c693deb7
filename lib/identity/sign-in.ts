import "server-only";
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { asClient, type Client } from "./client";
import { rememberDevice } from "./devices";
import { secondStepsOf, spendSecondStepCode, type CodeKind } from "./second-step";
import { recordSecurityEvent } from "./security-events";
import { config } from "@/lib/core/config";
import { isLocale, type Locale } from "@/lib/core/i18n/locales";
import { signInSchema } from "@/lib/schemas/accounts";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { startSession } from "./sessions";

export type SignInResult =
  | {
      outcome: "ok";
      user: { id: string; email: string; name: string; locale: Locale | null };
      sessionId: string;
      /** Signed in from a browser this account never used before (not its very first one). */
      newDevice: boolean;
      /** The second step was a recovery code: one fewer is left. */
      usedRecoveryCode: boolean;
    }
  | { outcome: "invalid" }
  | { outcome: "rate_limited"; retryAfterSeconds: number }
  /** The password was right and the account has a second step: nothing starts without it. */
  | { outcome: "mfa_required"; userId: string; emailCode: boolean };

/** What is limited on its own (see login_attempts.purpose). */
type AttemptPurpose = "sign-in" | "reset-request" | "reset-complete";

/**
 * Seconds until another attempt is allowed, or null. Reaching the allowed number of failures for
 * one email or one address inside the window blocks further attempts, right or wrong, until the
 * oldest failure leaves the window. State lives in Postgres, so it holds across app servers.
 */
export async function signInBlockedFor(
  email: string,
  address: string | null,
  now = new Date(),
  db?: Executor,
  purpose: AttemptPurpose = "sign-in",
): Promise<number | null> {
  const executor = db ?? (await getDb());
  const since = new Date(now.getTime() - config.signInWindowMs);
  const normalized = email.trim().toLowerCase();
  // An unknown address is never a bucket of its own: it would let one client block everyone.
  const sameAddress = address ? eq(loginAttempts.address, address) : sql`false`;
  const [row] = await executor
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${normalized})`.mapWith(Number),
      byAddress: sql<number>`count(*) filter (where ${sameAddress})`.mapWith(Number),
      oldest: sql<string | null>`min(${loginAttempts.at})`,
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        eq(loginAttempts.purpose, purpose),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, normalized), sameAddress),
      ),
    );
  if (!row || (row.byEmail < config.signInMaxFailures && row.byAddress < config.signInMaxFailures)) return null;
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
  return Math.max(1, Math.ceil((oldest + config.signInWindowMs - now.getTime()) / 1000));
}

/**
 * Counts and books an attempt as one step per email and address (advisory locks), so a burst of
 * concurrent guesses cannot all pass the check before any of them is recorded. The attempt is
 * booked as a failure and turned into a success only once the password matched.
 */
type Reservation = { attemptId: number } | { retryAfterSeconds: number };

export async function reserveAttempt(
  email: string,
  address: string | null,
  purpose: AttemptPurpose = "sign-in",
): Promise<Reservation> {
  const db = await getDb();
  const reservation = await db.transaction(async (tx): Promise<Reservation> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${purpose}:email:${email}`}))`);
    if (address) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${purpose}:address:${address}`}))`);
    const retryAfterSeconds = await signInBlockedFor(email, address, new Date(), tx, purpose);
    if (retryAfterSeconds !== null) return { retryAfterSeconds };
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ email, address: address ?? "", succeeded: false, purpose })
      .returning({ id: loginAttempts.id });
    return { attemptId: attempt!.id };
  });
  // Now and then, forget attempts far outside the window, so the table stays small.
  if ("attemptId" in reservation && reservation.attemptId % 500 === 0) await pruneLoginAttempts(db);
  return reservation;
}

/** The attempt turned out right: it no longer counts as a failure. */
export async function markAttemptSucceeded(db: Executor, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/**
 * Email, password and, when the account has a second step, its code (an app code, an emailed
 * code or a recovery code). A wrong password or a wrong code is one failed attempt; the right
 * password without a code is mfa_required and starts nothing.
 */
export async function signInWithPassword(
  input: { email: unknown; password: unknown; code?: unknown },
  from: Client | string | null,
  now = new Date(),
): Promise<SignInResult> {
  const client = asClient(from);
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { outcome: "invalid" };
  const { email, password } = parsed.data;
  const code = typeof input.code === "string" && input.code.trim() !== "" ? input.code.trim().slice(0, 64) : null;
  const reservation = await reserveAttempt(email, client.address);
  if ("retryAfterSeconds" in reservation)
    return { outcome: "rate_limited", retryAfterSeconds: reservation.retryAfterSeconds };

  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const valid =
    user && !user.disabled ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!valid || !user) {
    await refuse(db, user?.id ?? null, client, now);
    return { outcome: "invalid" };
  }
  const steps = await secondStepsOf(db, user.id);
  // A passkey alone never asks for a code after a password: it signs in by itself.
  const needsCode = steps.totp || steps.email;
  if (needsCode && !code) {
    await markAttemptSucceeded(db, reservation.attemptId);
    return { outcome: "mfa_required", userId: user.id, emailCode: steps.email };
  }
  const result = await db.transaction(async (tx) => {
    const spent = needsCode ? await spendSecondStepCode(tx, user.id, steps, code!, now) : null;
    if (needsCode && !spent) return null;
    await markAttemptSucceeded(tx, reservation.attemptId);
    if (spent === "recovery") await recordSecurityEvent(tx, user.id, "recovery-code-used", client, now);
    const started = await startSignedInSession(tx, user, client, now, spent ?? "password");
    return { ...started, usedRecoveryCode: spent === "recovery" };
  });
  if (!result) {
    await refuse(db, user.id, client, now);
    return { outcome: "invalid" };
  }
  return {
    outcome: "ok",
    user: { id: user.id, email: user.email, name: user.name, locale: isLocale(user.locale) ? user.locale : null },
    sessionId: result.sessionId,
    newDevice: result.newDevice,
    usedRecoveryCode: result.usedRecoveryCode,
  };
}

/** A refused sign-in: audited, and in the account's own log when the email names one. */
async function refuse(db: Executor, userId: string | null, client: Client, now: Date): Promise<void> {
  await recordAudit(db, { actorId: userId, action: "auth.sign_in", outcome: "failed" });
  if (userId) await recordSecurityEvent(db, userId, "sign-in-failed", client, now);
}

/**
 * The session, its audit row and its security-log line, and whether the browser is new to the
 * account: one transaction with the check that let the user in.
 */
export async function startSignedInSession(
  tx: Executor,
  user: { id: string; sessionVersion: number },
  client: Client,
  now: Date,
  method: "password" | CodeKind | "passkey",
): Promise<{ sessionId: string; newDevice: boolean }> {
  await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", outcome: "ok", details: { method } });
  await recordSecurityEvent(tx, user.id, "sign-in", client, now);
  const newDevice = await rememberDevice(tx, user.id, client.userAgent, now);
  const sessionId = await startSession(tx, user.id, user.sessionVersion, client, now);
  return { sessionId, newDevice };
}

const DAY_MS = 86_400_000;

/** Forgets attempts long outside the rate-limit window (at least a day is kept, for the audit's sake). */
export async function pruneLoginAttempts(db: Executor, now = new Date()): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - Math.max(DAY_MS, config.signInWindowMs))));
}
