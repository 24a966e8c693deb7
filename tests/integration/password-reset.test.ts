import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { auditLog, emailOutbox, passwordResetTokens, securityEvents, users } from "@/db/schema";
import { completePasswordReset, requestPasswordReset } from "@/lib/accounts/password-reset";
import { createCoach } from "@/lib/admin/coaches";
import { sendPasswordResetLink } from "@/lib/admin/security";
import { accountEmailsSettled } from "@/lib/email/send-soon";
import type { Client } from "@/lib/identity/client";
import { hashSecret } from "@/lib/identity/secrets";
import { resolveSession } from "@/lib/identity/sessions";
import { pruneExpired } from "@/lib/server/jobs/housekeeping";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { resetTokenIn, startSmtpCatcher, type SmtpCatcher } from "@/tests/support/smtp-catcher";
import { expectAppError, uniqueAddress, uniqueEmail } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
const MINUTE = 60_000;

const client = (): Client => ({ address: uniqueAddress(), ip: "203.0.113.7", userAgent: "Vitest/4 (Linux)" });

let smtp: SmtpCatcher;
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await accountEmailsSettled();
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await smtp.close();
});

describeEachDatabase("password reset by email", (context) => {
  const db = () => context.handle.db;
  // Every email a test started has left before the next test (and before the database closes).
  afterEach(accountEmailsSettled);

  /** Asks for a link as `email` and reads its token from the mail that arrived. */
  async function linkFor(email: string, now = new Date()): Promise<string> {
    const before = smtp.to(email).length;
    await requestPasswordReset(email, client(), now);
    await accountEmailsSettled();
    const mails = smtp.to(email);
    expect(mails).toHaveLength(before + 1);
    return resetTokenIn(mails.at(-1)!.text);
  }

  it("emails a single-use link; only its hash is stored; using it sets the password and ends every session", async () => {
    const actor = await makeActor(db(), "parent", PASSWORD);
    const token = await linkFor(actor.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url

    const mail = smtp.to(actor.email).at(-1)!;
    expect(mail.subject).toBe("Choose a new Clarity password");
    expect(mail.text).toContain(`/reset-password?token=${token}`);
    expect(mail.text).toContain("60 minutes");
    const rows = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, actor.id));
    expect(rows).toEqual([expect.objectContaining({ tokenHash: hashSecret(token), usedAt: null, purpose: "reset" })]);
    // Nowhere in the database in the clear: not in the token table, not in the outbox's copy.
    const outbox = await db().select().from(emailOutbox).where(eq(emailOutbox.recipientId, actor.id));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.bodyText).not.toContain(token);
    expect(outbox[0]!.sentAt).not.toBeNull();

    await completePasswordReset(token, NEW_PASSWORD, client());

    expect(await resolveSession(actor.sessionId)).toBeNull();
    expect((await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).outcome).toBe(
      "invalid",
    );
    expect((await signInWithPassword({ email: actor.email, password: NEW_PASSWORD }, uniqueAddress())).outcome).toBe(
      "ok",
    );
    await expectAppError(completePasswordReset(token, "yet another passphrase", client()), "reset_token_used");
    await accountEmailsSettled();
    expect(smtp.to(actor.email).map((email) => email.subject)).toContain("Your Clarity password was changed");
    const events = await db().select().from(securityEvents).where(eq(securityEvents.userId, actor.id));
    expect(events.map((event) => event.type)).toContain("password-reset");
  });

  it("a link expires after 60 minutes (controlled clock), and using one kills the account's other links", async () => {
    const actor = await makeActor(db(), "parent", PASSWORD);
    const start = new Date();
    const first = await linkFor(actor.email, start);
    const second = await linkFor(actor.email, start);
    await expectAppError(
      completePasswordReset(first, NEW_PASSWORD, client(), new Date(start.getTime() + 60 * MINUTE)),
      "reset_token_expired",
    );
    await completePasswordReset(second, NEW_PASSWORD, client(), new Date(start.getTime() + 59 * MINUTE));
    await expectAppError(
      completePasswordReset(first, PASSWORD, client(), new Date(start.getTime() + 59 * MINUTE)),
      "reset_token_used",
    );
  });

  it("housekeeping forgets links a day after they expired, not before", async () => {
    const actor = await makeActor(db(), "parent");
    await linkFor(actor.email);
    const count = async () =>
      (await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, actor.id))).length;
    await pruneExpired(db(), new Date(Date.now() + 60 * MINUTE + 23 * 60 * MINUTE));
    expect(await count()).toBe(1);
    await pruneExpired(db(), new Date(Date.now() + 60 * MINUTE + 25 * 60 * MINUTE));
    expect(await count()).toBe(0);
  });

  it("an unknown or malformed-but-plausible token is refused as invalid (400)", async () => {
    const error = await expectAppError(
      completePasswordReset("A".repeat(43), NEW_PASSWORD, client()),
      "reset_token_invalid",
    );
    expect(error.status).toBe(400);
  });

  it("an unknown, a disabled or a deleted account's address gets the same answer and no email, token or clue", async () => {
    const disabled = await makeActor(db(), "parent");
    await db().update(users).set({ disabled: true }).where(eq(users.id, disabled.id));
    const nobody = uniqueEmail("nobody");
    const tokensBefore = (await db().select().from(passwordResetTokens)).length;
    await requestPasswordReset(nobody, client());
    await requestPasswordReset(disabled.email, client());
    await accountEmailsSettled();
    expect(smtp.to(nobody)).toEqual([]);
    expect(smtp.to(disabled.email)).toEqual([]);
    expect((await db().select().from(passwordResetTokens)).length).toBe(tokensBefore);
    // The same audit row either way (no account named for the unknown one).
    const audited = await db().select().from(auditLog).where(eq(auditLog.action, "account.password_reset_request"));
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });

  it("known and unknown addresses take the same time, within noise", async () => {
    const actor = await makeActor(db(), "parent");
    const time = async (email: string) => {
      const started = performance.now();
      await requestPasswordReset(email, client());
      const took = performance.now() - started;
      // A known address's email goes out after the answer: let it finish before the next
      // measurement, or it lands on whichever comes next (always an unknown address here).
      await accountEmailsSettled();
      return took;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    await time(uniqueEmail("warm-up"));
    // Interleaved, so a slower moment of the machine hits both alike; fewer than the limit per email.
    for (let i = 0; i < 8; i++) {
      known.push(await time(actor.email));
      unknown.push(await time(uniqueEmail("nobody")));
    }
    await accountEmailsSettled();
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const gap = Math.abs(median(known) - median(unknown));
    expect(gap, `known ${known.map(Math.round)} ms, unknown ${unknown.map(Math.round)} ms`).toBeLessThan(
      Math.max(15, 0.5 * Math.min(median(known), median(unknown))),
    );
    expect(smtp.to(actor.email)).toHaveLength(8);
  });

  it("asking is rate-limited like sign-in: the 11th request for one address of mail answers rate_limited", async () => {
    const actor = await makeActor(db(), "parent");
    for (let i = 0; i < 10; i++) await requestPasswordReset(actor.email, client());
    await expectAppError(requestPasswordReset(actor.email, client()), "rate_limited");
    // Asking for links never blocks signing in.
    expect((await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).outcome).toBe("ok");
  });

  it("wrong tokens from one address are limited like failed sign-ins", async () => {
    const from = client();
    for (let i = 0; i < 10; i++)
      await expectAppError(completePasswordReset(`${"B".repeat(40)}${i}xx`, NEW_PASSWORD, from), "reset_token_invalid");
    await expectAppError(completePasswordReset("C".repeat(43), NEW_PASSWORD, from), "rate_limited");
  });

  it("an admin sends a coach a reset link; a new coach without a password gets a 'set your password' link", async () => {
    const admin = await makeActor(db(), "admin");
    const coach = await makeActor(db(), "coach", PASSWORD);
    await sendPasswordResetLink(admin, coach.id);
    await accountEmailsSettled();
    const token = resetTokenIn((await smtp.waitFor(coach.email, /new Clarity password/)).text);
    await completePasswordReset(token, NEW_PASSWORD, client());
    expect((await signInWithPassword({ email: coach.email, password: NEW_PASSWORD }, uniqueAddress())).outcome).toBe(
      "ok",
    );
    await expectAppError(sendPasswordResetLink(coach, admin.id), "not_found");
    await expectAppError(sendPasswordResetLink(admin, admin.id), "conflict");

    const email = uniqueEmail("new-coach");
    const created = await createCoach(admin, { email, name: "Morgan Ellis" });
    await accountEmailsSettled();
    const welcome = await smtp.waitFor(email, /Set your Clarity password/);
    expect(welcome.text).toContain("7 days");
    // Nobody knows a first password: only the link lets them in.
    await completePasswordReset(resetTokenIn(welcome.text), NEW_PASSWORD, client());
    const signedIn = await signInWithPassword({ email, password: NEW_PASSWORD }, uniqueAddress());
    expect(signedIn).toMatchObject({ outcome: "ok", user: { id: created.id } });
  });
});
