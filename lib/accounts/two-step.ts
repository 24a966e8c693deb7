import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { emailCodes, emailSecondSteps, recoveryCodes, totpCredentials, users } from "@/db/schema";
import { config } from "@/lib/core/config";
import { AppError } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { Client } from "@/lib/identity/client";
import { hasSecondStep, secondStepsOf, spendEmailCode } from "@/lib/identity/second-step";
import { hashSecret, newRecoveryCode, newSixDigitCode, RECOVERY_CODE_COUNT } from "@/lib/identity/secrets";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { newTotpSecret, otpauthUrl, totpStep } from "@/lib/identity/totp";
import { sendSoon } from "@/lib/email/send-soon";
import { noticeEmail, signInCodeEmail } from "./account-emails";
import { withProof, type Proof } from "./prove-identity";

export type TwoStepStatus = {
  /** Whether the account's role must have a second step (MFA_REQUIRED_ROLES). */
  required: boolean;
  totp: "off" | "pending" | "on";
  email: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
};

export async function twoStepStatus(actor: Actor): Promise<TwoStepStatus> {
  const db = await getDb();
  const steps = await secondStepsOf(db, actor.id);
  const [pending] = await db
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, actor.id), isNull(totpCredentials.confirmedAt)));
  return {
    required: config.mfaRequiredRoles.includes(actor.role),
    totp: steps.totp ? "on" : pending ? "pending" : "off",
    email: steps.email,
    passkeys: steps.passkeys,
    recoveryCodesLeft: steps.recoveryCodesLeft,
  };
}

/**
 * A new authenticator-app secret, pending until a code from the app confirms it. Asking again
 * before confirming replaces it (a QR code scanned into the wrong phone is simply started over).
 */
export async function startTotp(actor: Actor, now = new Date()): Promise<{ secret: string; otpauthUrl: string }> {
  const db = await getDb();
  const secret = newTotpSecret();
  const [saved] = await db
    .insert(totpCredentials)
    .values({ userId: actor.id, secret, createdAt: now })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, createdAt: now, lastStep: null },
      setWhere: isNull(totpCredentials.confirmedAt),
    })
    .returning({ userId: totpCredentials.userId });
  if (!saved) throw new AppError("mfa_already_enabled");
  return { secret, otpauthUrl: otpauthUrl(secret, actor.email) };
}

/** The app's first code turns it on; the answer carries ten recovery codes, shown this once. */
export async function confirmTotp(
  actor: Actor,
  code: string,
  client: Client,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const db = await getDb();
  const codes = await db.transaction(async (tx) => {
    const [pending] = await tx.select().from(totpCredentials).where(eq(totpCredentials.userId, actor.id)).for("update");
    if (!pending) throw new AppError("mfa_not_enabled");
    if (pending.confirmedAt) throw new AppError("mfa_already_enabled");
    const step = totpStep(pending.secret, code, now);
    if (step === null) return null;
    await tx
      .update(totpCredentials)
      .set({ confirmedAt: now, lastStep: step })
      .where(eq(totpCredentials.userId, actor.id));
    const fresh = await replaceRecoveryCodes(tx, actor.id, now);
    await changed(tx, actor, "mfa-enabled", client, now, { method: "totp" });
    return fresh;
  });
  if (!codes) throw new AppError("mfa_code_invalid", { code: "errors.mfa_code_invalid" });
  notifySecondStepChanged(actor);
  return { recoveryCodes: codes };
}

/** Turns the app off, with a code or the password; the recovery codes go when nothing else is left. */
export async function disableTotp(actor: Actor, proof: Proof, client: Client, now = new Date()): Promise<void> {
  const db = await getDb();
  const steps = await secondStepsOf(db, actor.id);
  if (!steps.totp) throw new AppError("mfa_not_enabled");
  await withProof(actor, proof, client, now, async (tx) => {
    await tx.delete(totpCredentials).where(eq(totpCredentials.userId, actor.id));
    await forgetRecoveryCodesIfAlone(tx, actor.id);
    await changed(tx, actor, "mfa-disabled", client, now, { method: "totp" });
  });
  notifySecondStepChanged(actor);
}

/** A fresh set of ten recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(actor: Actor, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const db = await getDb();
  const steps = await secondStepsOf(db, actor.id);
  if (!hasSecondStep(steps)) throw new AppError("mfa_not_enabled");
  const codes = await db.transaction(async (tx) => {
    const fresh = await replaceRecoveryCodes(tx, actor.id, now);
    await recordAudit(tx, { actorId: actor.id, action: "account.recovery_codes", outcome: "ok" });
    return fresh;
  });
  notifySecondStepChanged(actor);
  return { recoveryCodes: codes };
}

/** Emailed codes are limited to one a minute per purpose: a mailbox is not a pager. */
const EMAIL_CODE_GAP_MS = 60_000;
const EMAIL_CODE_LIFETIME_MS = 10 * 60_000;

/**
 * Starts email codes as the second step: a code goes to the account's address to prove it
 * arrives. Asked again within a minute, the code already sent stands (and still works).
 */
export async function startEmailCodes(actor: Actor, now = new Date()): Promise<void> {
  const db = await getDb();
  const steps = await secondStepsOf(db, actor.id);
  if (steps.email) throw new AppError("mfa_already_enabled");
  await issueEmailCode(db, { id: actor.id, email: actor.email, locale: actor.locale ?? null }, "enroll", now);
}

export async function confirmEmailCodes(actor: Actor, code: string, client: Client, now = new Date()): Promise<void> {
  const db = await getDb();
  const done = await db.transaction(async (tx) => {
    if (!(await spendEmailCode(tx, actor.id, "enroll", code.trim(), now))) return false;
    await tx.insert(emailSecondSteps).values({ userId: actor.id, enabledAt: now }).onConflictDoNothing();
    await changed(tx, actor, "mfa-enabled", client, now, { method: "email" });
    return true;
  });
  if (!done) throw new AppError("mfa_code_invalid", { code: "errors.mfa_code_invalid" });
  notifySecondStepChanged(actor);
}

export async function disableEmailCodes(actor: Actor, proof: Proof, client: Client, now = new Date()): Promise<void> {
  const db = await getDb();
  const steps = await secondStepsOf(db, actor.id);
  if (!steps.email) throw new AppError("mfa_not_enabled");
  await withProof(actor, proof, client, now, async (tx) => {
    await tx.delete(emailSecondSteps).where(eq(emailSecondSteps.userId, actor.id));
    await forgetRecoveryCodesIfAlone(tx, actor.id);
    await changed(tx, actor, "mfa-disabled", client, now, { method: "email" });
  });
  notifySecondStepChanged(actor);
}

/**
 * The code for a sign-in that stopped at mfa_required, for an account with email codes; none
 * when one went out less than a minute ago (that one still works).
 */
export async function sendSignInCode(userId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  if (user) await issueEmailCode(db, user, "sign-in", now);
}

/** Sends a code, unless one of this purpose went out within the last minute (that one still works). */
async function issueEmailCode(
  db: Executor,
  user: { id: string; email: string; locale: string | null },
  purpose: "sign-in" | "enroll",
  now: Date,
): Promise<void> {
  const [recent] = await db
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(
      and(
        eq(emailCodes.userId, user.id),
        eq(emailCodes.purpose, purpose),
        gt(emailCodes.createdAt, new Date(now.getTime() - EMAIL_CODE_GAP_MS)),
      ),
    )
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  if (recent) return;
  const code = newSixDigitCode();
  await db.insert(emailCodes).values({
    userId: user.id,
    purpose,
    codeHash: hashSecret(code),
    expiresAt: new Date(now.getTime() + EMAIL_CODE_LIFETIME_MS),
    createdAt: now,
  });
  sendSoon(signInCodeEmail(user, code, purpose));
}

async function replaceRecoveryCodes(tx: Executor, userId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashSecret(code), createdAt: now })));
  return codes;
}

/** Recovery codes stand in for a second step; with none left, they would be a second password. */
async function forgetRecoveryCodesIfAlone(tx: Executor, userId: string): Promise<void> {
  if (!hasSecondStep(await secondStepsOf(tx, userId)))
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

async function changed(
  tx: Executor,
  actor: Actor,
  type: "mfa-enabled" | "mfa-disabled",
  client: Client,
  now: Date,
  details: Record<string, string>,
): Promise<void> {
  await recordSecurityEvent(tx, actor.id, type, client, now);
  await recordAudit(tx, {
    actorId: actor.id,
    action: type === "mfa-enabled" ? "account.mfa_enable" : "account.mfa_disable",
    targetType: "user",
    targetId: actor.id,
    outcome: "ok",
    details,
  });
}

export function notifySecondStepChanged(actor: { id: string; email: string; locale?: string | null }): void {
  sendSoon(noticeEmail({ id: actor.id, email: actor.email, locale: actor.locale ?? null }, "second-step-changed"));
}
