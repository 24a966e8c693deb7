import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { AppError, RateLimitedError } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import type { Client } from "@/lib/identity/client";
import { verifyPassword } from "@/lib/identity/password";
import { secondStepsOf, spendSecondStepCode } from "@/lib/identity/second-step";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { markAttemptSucceeded, reserveAttempt } from "@/lib/identity/sign-in";

/** What turning a second step off asks for: a code of the account's, or its password. */
export type Proof = { code: string } | { password: string };

/**
 * A signed-in session is not enough to weaken an account: the person proves it again, with a
 * code (an app, emailed or recovery code) or the password. A wrong one counts as a failed
 * sign-in, so a borrowed session cannot guess freely. Runs `change` in the transaction that
 * spends the code, so the proof and the change land together.
 */
export async function withProof<T>(
  actor: Actor,
  proof: Proof,
  client: Client,
  now: Date,
  change: (tx: Executor) => Promise<T>,
): Promise<T> {
  const reservation = await reserveAttempt(actor.email, client.address);
  if ("retryAfterSeconds" in reservation) throw new RateLimitedError(reservation.retryAfterSeconds);
  const db = await getDb();
  if ("password" in proof) {
    const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
    if (!user || !(await verifyPassword(user.passwordHash, proof.password))) {
      await recordSecurityEvent(db, actor.id, "sign-in-failed", client, now);
      throw new AppError("wrong_password", { password: "errors.wrong_password" });
    }
  }
  const steps = await secondStepsOf(db, actor.id);
  const result = await db.transaction(async (tx) => {
    if ("code" in proof) {
      const spent = await spendSecondStepCode(tx, actor.id, steps, proof.code, now);
      if (!spent) return { refused: true as const };
      if (spent === "recovery") await recordSecurityEvent(tx, actor.id, "recovery-code-used", client, now);
    }
    await markAttemptSucceeded(tx, reservation.attemptId);
    return { refused: false as const, value: await change(tx) };
  });
  if (result.refused) {
    await recordSecurityEvent(db, actor.id, "sign-in-failed", client, now);
    throw new AppError("mfa_code_invalid", { code: "errors.mfa_code_invalid" });
  }
  return result.value;
}
