import "server-only";
import { and, eq, gt, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { config } from "@/lib/config";
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
export async function signInBlockedFor(email: string, address: string, now = new Date(), db?: Executor): Promise<number | null> {
  const executor = db ?? (await getDb());
  const since = new Date(now.getTime() - config.signInWindowMs);
  const normalized = email.trim().toLowerCase();
  const [row] = await executor
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${normalized})`.mapWith(Number),
      byAddress: sql<number>`count(*) filter (where ${loginAttempts.address} = ${address})`.mapWith(Number),
      oldest: sql<string | null>`min(${loginAttempts.at})`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since), or(eq(loginAttempts.email, normalized), eq(loginAttempts.address, address))));
  if (!row || (row.byEmail < config.signInMaxFailures && row.byAddress < config.signInMaxFailures)) return null;
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
  return Math.max(1, Math.ceil((oldest + config.signInWindowMs - now.getTime()) / 1000));
}

/**
 * Counts and books an attempt as one step per email and address (advisory locks), so a burst of
 * concurrent guesses cannot all pass the check before any of them is recorded. The attempt is
 * booked as a failure and turned into a success only once the password matched.
 */
async function reserveAttempt(email: string, address: string): Promise<{ attemptId: number } | { retryAfterSeconds: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:email:${email}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:address:${address}`}))`);
    const retryAfterSeconds = await signInBlockedFor(email, address, new Date(), tx);
    if (retryAfterSeconds !== null) return { retryAfterSeconds };
    const [attempt] = await tx.insert(loginAttempts).values({ email, address, succeeded: false }).returning({ id: loginAttempts.id });
    return { attemptId: attempt!.id };
  });
}

export async function signInWithPassword(input: { email: unknown; password: unknown }, address: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { outcome: "invalid" };
  const { email, password } = parsed.data;
  const reservation = await reserveAttempt(email, address);
  if ("retryAfterSeconds" in reservation) return { outcome: "rate_limited", retryAfterSeconds: reservation.retryAfterSeconds };

  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  const valid = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!valid || !user) {
    await recordAudit(db, { actorId: user?.id ?? null, action: "auth.sign_in", outcome: "failed" });
    return { outcome: "invalid" };
  }
  const sessionId = await db.transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, reservation.attemptId));
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", outcome: "ok" });
    return startSession(tx, user.id, user.sessionVersion);
  });
  return { outcome: "ok", user: { id: user.id, email: user.email, name: user.name }, sessionId };
}

/** The caller's address as the server saw it (the first X-Forwarded-For hop; see README). */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
