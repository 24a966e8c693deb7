import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { loginAttempts, recoveryCodes, securityEvents, sessions, totpCredentials } from "@/db/schema";
import {
  confirmEmailCodes,
  confirmTotp,
  disableEmailCodes,
  disableTotp,
  startEmailCodes,
  startTotp,
  twoStepStatus,
} from "@/lib/accounts/two-step";
import { signInWithCredentials } from "@/lib/accounts/sign-in";
import { resetSecondStep } from "@/lib/admin/security";
import { accountEmailsSettled } from "@/lib/email/send-soon";
import type { Actor } from "@/lib/identity/actor";
import type { Client } from "@/lib/identity/client";
import { resolveSession } from "@/lib/identity/sessions";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { totpCode } from "@/lib/identity/totp";
import { codeIn, startSmtpCatcher, type SmtpCatcher } from "@/tests/support/smtp-catcher";
import { expectAppError, uniqueAddress } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

const PASSWORD = "correct horse battery";
const STEP = 30_000;

const client = (): Client => ({ address: uniqueAddress(), ip: "198.51.100.4", userAgent: "Vitest/4 (Linux)" });

let smtp: SmtpCatcher;
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await smtp.close();
});

/** The start of a 30-second step, a few steps from now: codes are computed on this clock. */
function stepStart(offsetSteps = 0): Date {
  return new Date((Math.floor(Date.now() / STEP) + offsetSteps) * STEP);
}

describeEachDatabase("two-step sign-in", (context) => {
  const db = () => context.handle.db;
  afterEach(accountEmailsSettled);

  /** A user with the authenticator app on, enrolled at `at`; returns the secret and recovery codes. */
  async function withApp(actor: Actor, at = stepStart()) {
    const { secret, otpauthUrl } = await startTotp(actor, at);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Clarity:.+\?.*secret=/);
    expect(otpauthUrl).toContain("digits=6");
    expect(otpauthUrl).toContain("period=30");
    const { recoveryCodes: codes } = await confirmTotp(actor, totpCode(secret, at), client(), at);
    return { secret, codes };
  }

  async function failures(email: string) {
    return (
      await db()
        .select()
        .from(loginAttempts)
        .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)))
    ).length;
  }

  const signIn = (actor: Actor, code: string | undefined, now: Date) =>
    signInWithPassword({ email: actor.email, password: PASSWORD, code }, client(), now);

  it("enrolment: a pending secret until the app's code confirms it; ten recovery codes, stored as hashes", async () => {
    const actor = await makeActor(db(), "coach", PASSWORD);
    const at = stepStart();
    const { secret } = await startTotp(actor, at);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await twoStepStatus(actor)).toMatchObject({ totp: "pending", recoveryCodesLeft: 0 });
    // Pending: sign-in does not ask for it yet.
    expect((await signIn(actor, undefined, at)).outcome).toBe("ok");
    // A wrong code does not confirm.
    await expectAppError(
      confirmTotp(actor, "000000" === totpCode(secret, at) ? "111111" : "000000", client(), at),
      "mfa_code_invalid",
    );
    // Asking again replaces the pending secret.
    const { secret: replaced } = await startTotp(actor, at);
    expect(replaced).not.toBe(secret);
    const { recoveryCodes: codes } = await confirmTotp(actor, totpCode(replaced, at), client(), at);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(codes[0]);
    expect(await twoStepStatus(actor)).toMatchObject({ totp: "on", recoveryCodesLeft: 10 });
    await expectAppError(startTotp(actor, at), "mfa_already_enabled");
    await accountEmailsSettled();
    expect(smtp.to(actor.email).map((email) => email.subject)).toContain("Your Clarity two-step sign-in changed");
  });

  it("sign-in without a code is mfa_required and starts nothing; with the app's code it works, ±1 step, with the clock stepped", async () => {
    const actor = await makeActor(db(), "coach", PASSWORD);
    const at = stepStart(-20);
    const { secret } = await withApp(actor, at);
    const sessionsBefore = (await db().select().from(sessions).where(eq(sessions.userId, actor.id))).length;

    const now = stepStart(-10);
    expect(await signIn(actor, undefined, now)).toEqual({
      outcome: "mfa_required",
      userId: actor.id,
      emailCode: false,
    });
    expect((await db().select().from(sessions).where(eq(sessions.userId, actor.id))).length).toBe(sessionsBefore);
    expect(await failures(actor.email)).toBe(0);

    // The code of the step before and after now still works (a phone's clock a little off)…
    expect((await signIn(actor, totpCode(secret, new Date(now.getTime() - STEP)), now)).outcome).toBe("ok");
    const later = stepStart(-5);
    expect((await signIn(actor, totpCode(secret, new Date(later.getTime() + STEP)), later)).outcome).toBe("ok");
    // …two steps away does not.
    const afterwards = stepStart(0);
    expect((await signIn(actor, totpCode(secret, new Date(afterwards.getTime() - 2 * STEP)), afterwards)).outcome).toBe(
      "invalid",
    );
    expect((await signIn(actor, totpCode(secret, new Date(afterwards.getTime() + 2 * STEP)), afterwards)).outcome).toBe(
      "invalid",
    );
    // A wrong password with a right code is still a wrong password.
    expect(
      (
        await signInWithPassword(
          { email: actor.email, password: "not it", code: totpCode(secret, afterwards) },
          client(),
          afterwards,
        )
      ).outcome,
    ).toBe("invalid");
  });

  it("a code works once: replay in the same step is refused, and a wrong code counts as a failed sign-in", async () => {
    const actor = await makeActor(db(), "admin", PASSWORD);
    const { secret } = await withApp(actor, stepStart(-30));
    const now = stepStart(-3);
    const code = totpCode(secret, now);
    expect((await signIn(actor, code, now)).outcome).toBe("ok");
    expect(await signIn(actor, code, new Date(now.getTime() + 1000))).toEqual({ outcome: "invalid" });
    expect(await failures(actor.email)).toBe(1);
    // The previous step's code is older than the one just used: refused too.
    expect((await signIn(actor, totpCode(secret, new Date(now.getTime() - STEP)), now)).outcome).toBe("invalid");
    expect(await failures(actor.email)).toBe(2);
    const events = await db()
      .select({ type: securityEvents.type })
      .from(securityEvents)
      .where(eq(securityEvents.userId, actor.id));
    expect(events.filter((event) => event.type === "sign-in-failed")).toHaveLength(2);
  });

  it("ten wrong codes block the account like ten wrong passwords", async () => {
    const actor = await makeActor(db(), "coach", PASSWORD);
    await withApp(actor, stepStart(-40));
    for (let i = 0; i < 10; i++) expect((await signIn(actor, "12345-abcde", stepStart())).outcome).toBe("invalid");
    expect((await signIn(actor, undefined, stepStart())).outcome).toBe("rate_limited");
  });

  it("each recovery code signs in once, with a line in the security log", async () => {
    const actor = await makeActor(db(), "coach", PASSWORD);
    const { codes } = await withApp(actor, stepStart(-50));
    const result = await signIn(actor, codes[3]!.toUpperCase().replace("-", " "), stepStart());
    expect(result).toMatchObject({ outcome: "ok", usedRecoveryCode: true });
    expect((await signIn(actor, codes[3]!, stepStart())).outcome).toBe("invalid");
    expect((await signIn(actor, codes[4]!, stepStart())).outcome).toBe("ok");
    expect(await twoStepStatus(actor)).toMatchObject({ recoveryCodesLeft: 8 });
    const events = await db()
      .select({ type: securityEvents.type })
      .from(securityEvents)
      .where(eq(securityEvents.userId, actor.id));
    expect(events.filter((event) => event.type === "recovery-code-used")).toHaveLength(2);
  });

  it("turning the app off takes a code or the password; a wrong one is refused and counted", async () => {
    const actor = await makeActor(db(), "parent", PASSWORD);
    const { secret } = await withApp(actor, stepStart(-60));
    await expectAppError(disableTotp(actor, { password: "not it" }, client()), "wrong_password");
    await expectAppError(disableTotp(actor, { code: "000000" }, client(), stepStart()), "mfa_code_invalid");
    expect(await failures(actor.email)).toBe(2);
    await disableTotp(actor, { code: totpCode(secret, stepStart()) }, client(), stepStart());
    expect(await twoStepStatus(actor)).toMatchObject({ totp: "off", recoveryCodesLeft: 0 });
    expect((await signIn(actor, undefined, stepStart())).outcome).toBe("ok");
    await expectAppError(disableTotp(actor, { password: PASSWORD }, client()), "mfa_not_enabled");
    // And on again, then off with the password.
    await withApp(actor, stepStart(-1));
    await disableTotp(actor, { password: PASSWORD }, client());
    expect((await db().select().from(totpCredentials).where(eq(totpCredentials.userId, actor.id))).length).toBe(0);
  });

  it("codes by email: proven once, then each sign-in emails a 6-digit code that works once for 10 minutes", async () => {
    const actor = await makeActor(db(), "parent", PASSWORD);
    await startEmailCodes(actor);
    await accountEmailsSettled();
    const enrolCode = codeIn((await smtp.waitFor(actor.email, /sign-in code/)).text);
    // Asked again within a minute: the code already sent stands, no second email.
    await startEmailCodes(actor);
    await accountEmailsSettled();
    expect(smtp.to(actor.email)).toHaveLength(1);
    await confirmEmailCodes(actor, enrolCode, client());
    expect(await twoStepStatus(actor)).toMatchObject({ email: true });
    await accountEmailsSettled();

    const now = new Date();
    const before = smtp.to(actor.email).length;
    expect(await signInWithCredentials({ email: actor.email, password: PASSWORD }, client(), now)).toEqual({
      outcome: "mfa_required",
      userId: actor.id,
      emailCode: true,
    });
    await accountEmailsSettled();
    const mail = smtp.to(actor.email).at(-1)!;
    expect(smtp.to(actor.email)).toHaveLength(before + 1);
    expect(mail.text).not.toContain(actor.name);
    const code = codeIn(mail.text);
    expect(code).not.toBe(enrolCode);
    // The enrolment code is spent and of another purpose.
    expect((await signIn(actor, enrolCode, now)).outcome).toBe("invalid");
    // Ten minutes later it has expired; before, it works once.
    expect((await signIn(actor, code, new Date(now.getTime() + 10 * 60_000 + 1000))).outcome).toBe("invalid");
    expect((await signIn(actor, code, new Date(now.getTime() + 60_000))).outcome).toBe("ok");
    expect((await signIn(actor, code, new Date(now.getTime() + 61_000))).outcome).toBe("invalid");

    await disableEmailCodes(actor, { password: PASSWORD }, client());
    expect((await signIn(actor, undefined, new Date())).outcome).toBe("ok");
  });

  it("an admin's reset removes every second step and ends every session, audited", async () => {
    const admin = await makeActor(db(), "admin");
    const actor = await makeActor(db(), "coach", PASSWORD);
    await withApp(actor, stepStart(-70));
    const now = stepStart();
    await expectAppError(resetSecondStep(actor, admin.id), "not_found");
    await resetSecondStep(admin, actor.id, now);
    expect(await resolveSession(actor.sessionId)).toBeNull();
    expect(await twoStepStatus(actor)).toMatchObject({ totp: "off", email: false, passkeys: 0, recoveryCodesLeft: 0 });
    expect((await signIn(actor, undefined, now)).outcome).toBe("ok");
  });
});
