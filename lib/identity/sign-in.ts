import "server-only";
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { config } from "@/lib/core/config";
import { signInSchema } from "@/lib/schemas/accounts";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { startSession } from "./sessions";

export type SignInResult =
  | { outcome: "ok"; user: { id: string; email: string; name: string }; sessionId: string }
  | { outcome: "invalid" }
  | { outcome: "rate_limited"; retryAfterSeconds: number };

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

export async function reserveAttempt(email: string, address: string | null): Promise<Reservation> {
  const db = await getDb();
  const reservation = await db.transaction(async (tx): Promise<Reservation> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:email:${email}`}))`);
    if (address) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:address:${address}`}))`);
    const retryAfterSeconds = await signInBlockedFor(email, address, new Date(), tx);
    if (retryAfterSeconds !== null) return { retryAfterSeconds };
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ email, address: address ?? "", succeeded: false })
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

export async function signInWithPassword(
  input: { email: unknown; password: unknown },
  address: string | null,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { outcome: "invalid" };
  const { email, password } = parsed.data;
  const reservation = await reserveAttempt(email, address);
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
    await recordAudit(db, { actorId: user?.id ?? null, action: "auth.sign_in", outcome: "failed" });
    return { outcome: "invalid" };
  }
  const sessionId = await db.transaction(async (tx) => {
    await markAttemptSucceeded(tx, reservation.attemptId);
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", outcome: "ok" });
    return startSession(tx, user.id, user.sessionVersion);
  });
  return { outcome: "ok", user: { id: user.id, email: user.email, name: user.name }, sessionId };
}

const DAY_MS = 86_400_000;

/** Forgets attempts long outside the rate-limit window (at least a day is kept, for the audit's sake). */
export async function pruneLoginAttempts(db: Executor, now = new Date()): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now.getTime() - Math.max(DAY_MS, config.signInWindowMs))));
}
