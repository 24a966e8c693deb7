import { and, count, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, loginAttempts, sessions, users } from "@/db/schema";
import { createUser } from "@/lib/accounts/create-user";
import { changePassword } from "@/lib/accounts/password";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { resolveSession } from "@/lib/identity/sessions";
import { signInBlockedFor, signInWithPassword } from "@/lib/identity/sign-in";
import { createInvite } from "@/lib/invites/create";
import { describeEachDatabase } from "./support/databases";
import { rejectionOf, uniqueAddress, uniqueEmail } from "./support/assertions";
import { makeActor } from "./support/factories";

const PASSWORD = "correct horse battery";
const WINDOW_MS = 15 * 60_000;

describeEachDatabase("signing in", (context) => {
  const db = () => context.handle.db;

  async function failuresFor(email: string) {
    return db()
      .select()
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)));
  }

  async function sessionCount(userId: string) {
    const [row] = await db().select({ n: count() }).from(sessions).where(eq(sessions.userId, userId));
    return row!.n;
  }

  async function failTimes(email: string, address: string, times: number) {
    for (let i = 0; i < times; i++) {
      expect(await signInWithPassword({ email, password: `wrong guess ${i}` }, address)).toEqual({
        outcome: "invalid",
      });
    }
  }

  it("the right password signs in and starts a session", async () => {
    const actor = await makeActor(db(), "parent");
    const result = await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress());
    expect(result).toMatchObject({ outcome: "ok", user: { id: actor.id, email: actor.email, name: actor.name } });
    if (result.outcome !== "ok") return;
    expect(result.sessionId).not.toBe(actor.sessionId);
    expect(await resolveSession(result.sessionId)).toMatchObject({ id: actor.id, role: "parent" });
  });

  it("a wrong password and an unknown email answer the same, and both count as failures", async () => {
    const actor = await makeActor(db(), "parent");
    const unknown = uniqueEmail("nobody");
    const address = uniqueAddress();
    const sessionsBefore = await sessionCount(actor.id);

    const wrong = await signInWithPassword({ email: actor.email, password: "not the password" }, address);
    const missing = await signInWithPassword({ email: unknown, password: PASSWORD }, address);

    expect(wrong).toStrictEqual({ outcome: "invalid" });
    expect(missing).toStrictEqual(wrong);
    expect(await sessionCount(actor.id)).toBe(sessionsBefore);
    expect(await failuresFor(actor.email)).toEqual([expect.objectContaining({ address, succeeded: false })]);
    expect(await failuresFor(unknown)).toEqual([expect.objectContaining({ address, succeeded: false })]);
  });

  it("input that is not an email and a password is simply invalid", async () => {
    for (const input of [
      { email: 42, password: PASSWORD },
      { email: "no-at-sign", password: PASSWORD },
      { email: "a@b.test", password: "" },
      { email: undefined, password: undefined },
    ]) {
      expect(await signInWithPassword(input, uniqueAddress())).toStrictEqual({ outcome: "invalid" });
    }
  });

  it("the email is case-insensitive and trimmed", async () => {
    const actor = await makeActor(db(), "coach");
    const result = await signInWithPassword(
      { email: `  ${actor.email.toUpperCase()} `, password: PASSWORD },
      uniqueAddress(),
    );
    expect(result).toMatchObject({ outcome: "ok", user: { id: actor.id } });
  });

  it("failures are recorded under the normalised email", async () => {
    const actor = await makeActor(db(), "parent");
    await signInWithPassword({ email: actor.email.toUpperCase(), password: "nope nope" }, uniqueAddress());
    expect(await failuresFor(actor.email)).toHaveLength(1);
  });

  it("10 failures for one email block it, even with the right password, while others still sign in", async () => {
    const actor = await makeActor(db(), "parent");
    const bystander = await makeActor(db(), "parent");
    const address = uniqueAddress();
    await failTimes(actor.email, address, 10);
    const sessionsBefore = await sessionCount(actor.id);

    const blocked = await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress());

    expect(blocked.outcome).toBe("rate_limited");
    if (blocked.outcome === "rate_limited") {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_MS / 1000);
    }
    expect(await sessionCount(actor.id)).toBe(sessionsBefore);
    expect(await signInWithPassword({ email: bystander.email, password: PASSWORD }, uniqueAddress())).toMatchObject({
      outcome: "ok",
    });

    // The window passes: the same email may try again.
    const now = new Date();
    expect(await signInBlockedFor(actor.email, uniqueAddress(), now)).not.toBeNull();
    expect(await signInBlockedFor(actor.email, uniqueAddress(), new Date(now.getTime() + WINDOW_MS + 1000))).toBeNull();
  });

  it("9 failures do not block yet", async () => {
    const actor = await makeActor(db(), "parent");
    await failTimes(actor.email, uniqueAddress(), 9);
    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).toMatchObject({
      outcome: "ok",
    });
  });

  it("10 failures from one address across different emails block that address", async () => {
    const actor = await makeActor(db(), "parent");
    const address = uniqueAddress();
    for (let i = 0; i < 10; i++) await failTimes(uniqueEmail("spray"), address, 1);

    expect((await signInWithPassword({ email: actor.email, password: PASSWORD }, address)).outcome).toBe(
      "rate_limited",
    );
    expect(await signInBlockedFor(uniqueEmail("fresh"), address)).not.toBeNull();
    // The same person from elsewhere is fine: the block is on the address.
    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).toMatchObject({
      outcome: "ok",
    });
  });

  it("failures older than the window do not count", async () => {
    const actor = await makeActor(db(), "parent");
    const address = uniqueAddress();
    const old = new Date(Date.now() - WINDOW_MS - 60_000);
    await db()
      .insert(loginAttempts)
      .values(Array.from({ length: 12 }, () => ({ email: actor.email, address, succeeded: false, at: old })));

    expect(await signInBlockedFor(actor.email, address)).toBeNull();
    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, address)).toMatchObject({
      outcome: "ok",
    });
    // The same failures inside the window would block.
    expect(await signInBlockedFor(actor.email, address, new Date(old.getTime() + 60_000))).not.toBeNull();
  });

  it("successful sign-ins do not count towards the limit", async () => {
    const actor = await makeActor(db(), "parent");
    const address = uniqueAddress();
    for (let i = 0; i < 11; i++) {
      expect((await signInWithPassword({ email: actor.email, password: PASSWORD }, address)).outcome).toBe("ok");
    }
  });

  it("a disabled user with the right password gets invalid, like anyone else", async () => {
    const actor = await makeActor(db(), "coach");
    await db().update(users).set({ disabled: true }).where(eq(users.id, actor.id));
    const sessionsBefore = await sessionCount(actor.id);

    expect(await signInWithPassword({ email: actor.email, password: PASSWORD }, uniqueAddress())).toStrictEqual({
      outcome: "invalid",
    });
    expect(await sessionCount(actor.id)).toBe(sessionsBefore);
    expect(await failuresFor(actor.email)).toHaveLength(1);
  });

  it("no password text ever reaches the audit log or the attempts table", async () => {
    const secrets = {
      created: "created account passphrase",
      signedUp: "signed up passphrase ü",
      wrongGuess: "wrong guess passphrase",
      wrongCurrent: "wrong current passphrase",
      changed: "changed to this passphrase",
    };
    const coach = await createUser(db(), {
      role: "coach",
      email: uniqueEmail("audit-coach"),
      name: "Audit Coach",
      password: secrets.created,
    });
    const coachIn = await signInWithPassword({ email: coach.email, password: secrets.created }, uniqueAddress());
    expect(coachIn.outcome).toBe("ok");
    if (coachIn.outcome !== "ok") return;
    const coachActor = { ...coach, sessionId: coachIn.sessionId };
    const { token } = await createInvite(coachActor, {});
    const parent = await signUpWithInvite({
      token,
      name: "Audit Parent",
      email: uniqueEmail("audit-parent"),
      password: secrets.signedUp,
    });
    await signInWithPassword({ email: parent.user.email, password: secrets.wrongGuess }, uniqueAddress());
    await signInWithPassword({ email: uniqueEmail("audit-nobody"), password: secrets.wrongGuess }, uniqueAddress());
    const parentIn = await signInWithPassword(
      { email: parent.user.email, password: secrets.signedUp },
      uniqueAddress(),
    );
    if (parentIn.outcome !== "ok") return expect.fail("parent sign-in failed");
    const parentActor = { ...parent.user, sessionId: parentIn.sessionId };
    await rejectionOf(changePassword(parentActor, secrets.wrongCurrent, secrets.changed, uniqueAddress()));
    await changePassword(parentActor, secrets.signedUp, secrets.changed, uniqueAddress());

    const audit = await db().select().from(auditLog);
    const actions = new Set(audit.map((row) => row.action));
    for (const action of [
      "account.create",
      "auth.sign_in",
      "invite.create",
      "account.sign_up",
      "account.password_change",
    ])
      expect(actions).toContain(action);
    const failures = audit.filter((row) => row.action === "auth.sign_in" && row.outcome === "failed");
    expect(failures.length).toBeGreaterThanOrEqual(2);

    const attempts = await db().select().from(loginAttempts);
    const serialized = JSON.stringify(audit) + JSON.stringify(attempts);
    for (const secret of Object.values(secrets)) {
      expect(serialized).not.toContain(secret);
      expect(serialized).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
    // And the raw table text, not just what drizzle maps.
    const [raw] = await db()
      .select({ text: sql<string>`string_agg(${auditLog}::text, E'\n')` })
      .from(auditLog);
    expect(raw!.text).toContain("account.sign_up");
    for (const secret of Object.values(secrets)) expect(raw!.text).not.toContain(secret);
  });
  it("a burst of concurrent guesses gets no more attempts than the limit", async () => {
    const actor = await makeActor(db(), "parent");
    const address = uniqueAddress();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signInWithPassword({ email: actor.email, password: `burst guess ${i}` }, address),
      ),
    );
    expect(results.filter((result) => result.outcome === "invalid")).toHaveLength(10);
    expect(results.filter((result) => result.outcome === "rate_limited")).toHaveLength(20);
    expect(await failuresFor(actor.email)).toHaveLength(10);
  });
});
