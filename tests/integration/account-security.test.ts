import { encode } from "next-auth/jwt";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { sessions, users } from "@/db/schema";
import { signInWithCredentials } from "@/lib/accounts/sign-in";
import { accountEmailsSettled } from "@/lib/email/send-soon";
import { resolveSession } from "@/lib/identity/sessions";
import { totpCode } from "@/lib/identity/totp";
import { startSmtpCatcher, type SmtpCatcher } from "@/tests/support/smtp-catcher";
import { apiRoutes, callRoute, loadRoute, methodsOf, paramsFor, type Method } from "./support/api-routes";
import { uniqueAddress } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

// The real cookie path (as in session-clock.test.ts): a next-auth JWT naming a session row.
const jar = vi.hoisted(() => ({ value: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "next-auth.session-token" && jar.value ? { name, value: jar.value } : undefined),
  }),
  headers: async () => new Headers(),
}));

const SECRET = "account-security-test-secret-of-enough-length-0123456789";
const PASSWORD = "correct horse battery";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

/** Routes a session that must set up a second step may still use. */
const ENROLLING = new Set([
  "GET me/mfa",
  "POST me/mfa/totp",
  "DELETE me/mfa/totp",
  "POST me/mfa/totp/confirm",
  "POST me/mfa/email",
  "DELETE me/mfa/email",
  "POST me/mfa/email/confirm",
  "GET me/passkeys",
  "POST me/passkeys",
  "POST me/passkeys/options",
  "POST sessions/revoke",
]);
/** Routes that never ask who is signed in. */
const PUBLIC = new Set([
  "GET articles",
  "GET articles/[slug]",
  "GET catalog",
  "GET openapi.json",
  "PUT locale",
  "POST sign-up",
  "POST password-reset",
  "POST password-reset/complete",
  "POST passkeys/sign-in-options",
]);

let smtp: SmtpCatcher;
const saved = { smtp: process.env.SMTP_URL, roles: process.env.MFA_REQUIRED_ROLES };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= SECRET;
  smtp = await startSmtpCatcher();
  process.env.SMTP_URL = smtp.url;
  // As a deployment on Postgres has it by default.
  process.env.MFA_REQUIRED_ROLES = "coach,admin";
});

afterAll(async () => {
  jar.value = "";
  for (const [name, value] of [
    ["SMTP_URL", saved.smtp],
    ["MFA_REQUIRED_ROLES", saved.roles],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await smtp.close();
});

async function useSession(sessionId: string): Promise<void> {
  jar.value = await encode({ token: { sid: sessionId }, secret: process.env.NEXTAUTH_SECRET! });
}

async function call(template: string, method: Method, body?: unknown, params: Record<string, string> = {}) {
  const answer = await callRoute(await loadRoute(template), method, template, params, body);
  return { status: answer.status, body: answer.text ? (JSON.parse(answer.text) as Record<string, unknown>) : null };
}

describeEachDatabase("the account's security", (context) => {
  const db = () => context.handle.db;
  afterEach(accountEmailsSettled);

  it("a coach without a second step is signed in only to set one up: every other route answers 403", async () => {
    const coach = await makeActor(db(), "coach", PASSWORD);
    expect(await resolveSession(coach.sessionId)).toMatchObject({ id: coach.id, mustEnroll: true });
    // A parent is not in MFA_REQUIRED_ROLES: a full session.
    const parent = await makeActor(db(), "parent");
    expect((await resolveSession(parent.sessionId))?.mustEnroll).toBeUndefined();

    await useSession(coach.sessionId);
    const values = new Proxy({} as Record<string, string>, {
      get: () => "00000000-0000-4000-8000-000000000000",
      has: () => true,
    });
    let refused = 0;
    for (const template of apiRoutes()) {
      for (const method of methodsOf(await loadRoute(template))) {
        const key = `${method} ${template}`;
        if (ENROLLING.has(key) || PUBLIC.has(key)) continue;
        const answer = await call(template, method, method === "GET" ? undefined : {}, paramsFor(template, values));
        expect(answer.status, key).toBe(403);
        expect(answer.body, key).toMatchObject({ error: { code: "mfa_enrollment_required" } });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(60);

    // What it may do: set up the app, in this very session, which then becomes a full one.
    expect((await call("me/mfa", "GET")).body).toMatchObject({ mfa: { required: true, totp: "off" } });
    const started = await call("me/mfa/totp", "POST", {});
    expect(started.status).toBe(201);
    const { secret, otpauthUrl } = started.body as { secret: string; otpauthUrl: string };
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Clarity:/);
    const confirmed = await call("me/mfa/totp/confirm", "POST", { code: totpCode(secret, new Date()) });
    expect(confirmed.status).toBe(200);
    expect((confirmed.body as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect((await call("me", "GET")).status).toBe(200);
    expect(await resolveSession(coach.sessionId)).not.toHaveProperty("mustEnroll");
  });

  it("the security log lists what happened, newest first, with where from", async () => {
    const parent = await makeActor(db(), "parent", PASSWORD);
    const address = uniqueAddress();
    const client = { address, ip: "203.0.113.50", userAgent: CHROME };
    expect((await signInWithCredentials({ email: parent.email, password: "wrong" }, client)).outcome).toBe("invalid");
    const ok = await signInWithCredentials({ email: parent.email, password: PASSWORD }, client);
    expect(ok.outcome).toBe("ok");
    await useSession(parent.sessionId);
    await call("me/password", "POST", { currentPassword: PASSWORD, newPassword: PASSWORD });

    const { status, body } = await call("me/security-events", "GET");
    expect(status).toBe(200);
    const events = (body as { events: { type: string; at: string; ip: string | null; userAgent: string | null }[] })
      .events;
    expect(events.map((event) => event.type)).toEqual(["password-changed", "sign-in", "sign-in-failed"]);
    expect(events[1]).toEqual({ type: "sign-in", at: expect.any(String), ip: "203.0.113.50", userAgent: CHROME });
    expect(Date.parse(events[0]!.at)).toBeGreaterThanOrEqual(Date.parse(events[2]!.at));
    // Another account's log is not in it.
    await useSession((await makeActor(db(), "parent")).sessionId);
    expect(((await call("me/security-events", "GET")).body as { events: unknown[] }).events).toEqual([]);
  });

  it("devices: the account's live sessions, this one marked; ending one works, anyone else's is a 404", async () => {
    const parent = await makeActor(db(), "parent", PASSWORD);
    const phone = await signInWithCredentials(
      { email: parent.email, password: PASSWORD },
      { address: uniqueAddress(), ip: "198.51.100.9", userAgent: FIREFOX },
    );
    if (phone.outcome !== "ok") throw new Error("sign-in failed");
    await useSession(parent.sessionId);
    const listed = (await call("sessions", "GET")).body as { sessions: Record<string, unknown>[] };
    expect(listed.sessions).toHaveLength(2);
    expect(listed.sessions).toContainEqual({
      id: phone.sessionId,
      current: false,
      userAgent: FIREFOX,
      ip: "198.51.100.9",
      createdAt: expect.any(String),
      lastSeenAt: expect.any(String),
    });
    expect(listed.sessions.find((session) => session.id === parent.sessionId)).toMatchObject({ current: true });

    const stranger = await makeActor(db(), "parent");
    expect((await call("sessions/[sessionId]", "DELETE", undefined, { sessionId: stranger.sessionId })).status).toBe(
      404,
    );
    expect(await resolveSession(stranger.sessionId)).not.toBeNull();
    expect((await call("sessions/[sessionId]", "DELETE", undefined, { sessionId: phone.sessionId })).status).toBe(204);
    expect(await resolveSession(phone.sessionId)).toBeNull();
    expect((await call("sessions/[sessionId]", "DELETE", undefined, { sessionId: phone.sessionId })).status).toBe(404);
    expect(((await call("sessions", "GET")).body as { sessions: unknown[] }).sessions).toHaveLength(1);
    const events = ((await call("me/security-events", "GET")).body as { events: { type: string }[] }).events;
    expect(events[0]!.type).toBe("session-revoked");
    // Ending this very session signs this browser out.
    const own = await callRoute(await loadRoute("sessions/[sessionId]"), "DELETE", "sessions/[sessionId]", {
      sessionId: parent.sessionId,
    });
    expect(own.status).toBe(204);
    expect((await call("me", "GET")).status).toBe(401);
  });

  it("a sign-in from a browser the account never used emails its owner (not the very first one)", async () => {
    const parent = await makeActor(db(), "parent", PASSWORD);
    const signIn = (userAgent: string) =>
      signInWithCredentials(
        { email: parent.email, password: PASSWORD },
        { address: uniqueAddress(), ip: "192.0.2.1", userAgent },
      );
    await signIn(CHROME);
    await signIn(CHROME.replace("131.0.0.0", "132.0.0.0")); // an update is the same browser
    await accountEmailsSettled();
    expect(smtp.to(parent.email)).toEqual([]);
    expect(await signIn(FIREFOX)).toMatchObject({ outcome: "ok", newDevice: true });
    await accountEmailsSettled();
    const [mail] = smtp.to(parent.email);
    expect(mail).toMatchObject({ subject: "New sign-in to your Clarity account" });
    expect(mail!.text).toContain("Firefox on Linux");
    const [row] = await db().select().from(users).where(eq(users.id, parent.id));
    expect(mail!.text).not.toContain(row!.name);
    expect(await db().select().from(sessions).where(eq(sessions.userId, parent.id))).toHaveLength(4);
  });
});
