import "server-only";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailCodes, emailSecondSteps, passkeys, recoveryCodes, totpCredentials } from "@/db/schema";
import { hashSecret, normalizeRecoveryCode } from "./secrets";
import { totpStep } from "./totp";

/** What an account has besides its password. */
type SecondSteps = { totp: boolean; email: boolean; passkeys: number; recoveryCodesLeft: number };

export async function secondStepsOf(db: Executor, userId: string): Promise<SecondSteps> {
  const [row] = await db
    .select({
      totp: sql<boolean>`exists (select 1 from ${totpCredentials} where ${totpCredentials.userId} = ${userId} and ${totpCredentials.confirmedAt} is not null)`,
      email: sql<boolean>`exists (select 1 from ${emailSecondSteps} where ${emailSecondSteps.userId} = ${userId})`,
      passkeys: sql<number>`(select count(*) from ${passkeys} where ${passkeys.userId} = ${userId})`.mapWith(Number),
      recoveryCodesLeft:
        sql<number>`(select count(*) from ${recoveryCodes} where ${recoveryCodes.userId} = ${userId} and ${recoveryCodes.usedAt} is null)`.mapWith(
          Number,
        ),
    })
    .from(sql`(select 1) as one`);
  return {
    totp: Boolean(row!.totp),
    email: Boolean(row!.email),
    passkeys: row!.passkeys,
    recoveryCodesLeft: row!.recoveryCodesLeft,
  };
}

/** A passkey signs in on its own; an app or email code comes after the password. */
export function hasSecondStep(steps: SecondSteps): boolean {
  return steps.totp || steps.email || steps.passkeys > 0;
}

/**
 * The same question as one SQL expression over a user id column, for the session check that runs
 * on every request (no extra round trip).
 */
export function hasSecondStepSql(userIdColumn: unknown) {
  return sql<boolean>`(exists (select 1 from ${totpCredentials} where ${totpCredentials.userId} = ${userIdColumn} and ${totpCredentials.confirmedAt} is not null)
    or exists (select 1 from ${passkeys} where ${passkeys.userId} = ${userIdColumn})
    or exists (select 1 from ${emailSecondSteps} where ${emailSecondSteps.userId} = ${userIdColumn}))`;
}

export type CodeKind = "totp" | "email" | "recovery";

/**
 * Checks a code typed as the second step and spends it: an app code (its step, and every step
 * before it, then refused), an emailed code, or a recovery code (each once). Run in the sign-in's
 * transaction, so two requests racing with one code cannot both pass. Null: no such code.
 */
export async function spendSecondStepCode(
  tx: Executor,
  userId: string,
  steps: SecondSteps,
  code: string,
  now: Date,
): Promise<CodeKind | null> {
  const typed = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(typed)) {
    if (steps.totp && (await spendTotpCode(tx, userId, typed, now))) return "totp";
    if (steps.email && (await spendEmailCode(tx, userId, "sign-in", typed, now))) return "email";
    return null;
  }
  const [used] = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashSecret(normalizeRecoveryCode(typed))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used ? "recovery" : null;
}

/** A confirmed app's code, once: the row is locked while its last accepted step moves on. */
async function spendTotpCode(tx: Executor, userId: string, code: string, now: Date): Promise<boolean> {
  const [credential] = await tx
    .select()
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
    .for("update");
  if (!credential) return false;
  const step = totpStep(credential.secret, code, now);
  if (step === null || (credential.lastStep !== null && step <= credential.lastStep)) return false;
  await tx.update(totpCredentials).set({ lastStep: step }).where(eq(totpCredentials.userId, userId));
  return true;
}

/** The newest unexpired code of this purpose that matches, once. */
export async function spendEmailCode(
  tx: Executor,
  userId: string,
  purpose: "sign-in" | "enroll",
  code: string,
  now: Date,
): Promise<boolean> {
  const [used] = await tx
    .update(emailCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailCodes.userId, userId),
        eq(emailCodes.purpose, purpose),
        eq(emailCodes.codeHash, hashSecret(code)),
        isNull(emailCodes.usedAt),
        gt(emailCodes.expiresAt, now),
      ),
    )
    .returning({ id: emailCodes.id });
  return Boolean(used);
}
