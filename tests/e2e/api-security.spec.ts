import type { APIResponse } from "@playwright/test";
import {
  DEMO,
  expect,
  expectError,
  expectSignInOk,
  hasSessionCookie,
  postSignIn,
  test,
  uniqueEmail,
} from "./support/accounts";
import { BASE_URL } from "./support/server";

const FOREIGN_ORIGIN = { Origin: "https://evil.example" };
const NULL_ORIGIN = { Origin: "null" };
const CROSS_SITE_FETCH = { "Sec-Fetch-Site": "cross-site" };

test.describe("cross-site requests", () => {
  test("invites: a foreign Origin, Origin: null and Sec-Fetch-Site: cross-site answer 403 and create nothing", async ({
    signedIn,
  }) => {
    const coach = await signedIn(DEMO.coach);
    for (const headers of [FOREIGN_ORIGIN, NULL_ORIGIN, CROSS_SITE_FETCH]) {
      const response = await coach.post("/api/v1/invites", { data: { familyName: "Cross-site family" }, headers });
      const body = await expectError(response, 403, "cross_site");
      expect(body).not.toHaveProperty("token");
      expect(JSON.stringify(body)).not.toContain("/sign-up?token=");
    }
    // The app's own origin (what a browser sends from the app) is accepted: the check is not blanket.
    const sameOrigin = await coach.post("/api/v1/invites", {
      data: {},
      headers: { Origin: BASE_URL, "Sec-Fetch-Site": "same-origin" },
    });
    expect(sameOrigin.status(), await sameOrigin.text()).toBe(201);
  });

  test("sign-up: a cross-site request is refused and the invite stays unused", async ({ signedIn, newApi }) => {
    const invite = await (await signedIn(DEMO.coach)).post("/api/v1/invites", { data: {} });
    const { token } = (await invite.json()) as { token: string };
    const anonymous = await newApi();
    const email = uniqueEmail("crosssite");
    const data = { token, name: "Cross Site", email, password: "cross-site password" };
    for (const headers of [FOREIGN_ORIGIN, NULL_ORIGIN, CROSS_SITE_FETCH]) {
      await expectError(await anonymous.post("/api/v1/sign-up", { data, headers }), 403, "cross_site");
    }
    // Nothing was created: the same email and token still sign up.
    const ok = await anonymous.post("/api/v1/sign-up", { data });
    expect(ok.status(), await ok.text()).toBe(201);
  });

  test("password change and sign-out everywhere from another site change nothing", async ({
    newParent,
    signedIn,
    newApi,
  }) => {
    const parent = await newParent();
    const session = await signedIn(parent.email, parent.password);
    for (const headers of [FOREIGN_ORIGIN, NULL_ORIGIN, CROSS_SITE_FETCH]) {
      await expectError(
        await session.post("/api/v1/me/password", {
          data: { currentPassword: parent.password, newPassword: "attacker chosen password" },
          headers,
        }),
        403,
        "cross_site",
      );
      await expectError(await session.post("/api/v1/sessions/revoke", { data: {}, headers }), 403, "cross_site");
    }
    expect((await session.get("/api/v1/me")).status()).toBe(200);
    await expectSignInOk(await newApi(), parent.email, parent.password);
  });

  test("sign-in from another site is refused before any session is made", async ({ newApi }) => {
    const context = await newApi();
    const response = await postSignIn(context, DEMO.coach, "clarity-demo-2026", FOREIGN_ORIGIN);
    await expectError(response, 403, "cross_site");
    expect(await hasSessionCookie(context)).toBe(false);
  });
});

test.describe("request bodies", () => {
  const bigBody = JSON.stringify({ familyName: "x".repeat(1.5 * 1024 * 1024) });

  test("a body over 1 MB answers 413", async ({ signedIn, request }) => {
    const coach = await signedIn(DEMO.coach);
    await expectError(
      await coach.post("/api/v1/invites", { data: bigBody, headers: { "Content-Type": "application/json" } }),
      413,
      "payload_too_large",
    );
    await expectError(
      await request.post("/api/v1/sign-up", { data: bigBody, headers: { "Content-Type": "application/json" } }),
      413,
      "payload_too_large",
    );
  });

  test("a JSON body sent as text/plain answers 400", async ({ signedIn }) => {
    const coach = await signedIn(DEMO.coach);
    const response = await coach.post("/api/v1/invites", {
      data: JSON.stringify({ familyName: "Plain text family" }),
      headers: { "Content-Type": "text/plain" },
    });
    await expectError(response, 400, "unsupported_media_type");
  });

  test("text the database cannot store is refused with 400, never a 500", async ({ signedIn, request, newApi }) => {
    const coach = await signedIn(DEMO.coach);
    const invite = await expectError(
      await coach.post("/api/v1/invites", { data: { familyName: "a\u0000b" } }),
      400,
      "validation_failed",
    );
    expect(invite.error.fields).toHaveProperty("familyName");
    const signUp = await request.post("/api/v1/sign-up", {
      data: { token: "x", name: "a\u0000b", email: "nul@e2e.clarity.test", password: "long enough" },
    });
    expect((await expectError(signUp, 400, "validation_failed")).error.fields).toHaveProperty("name");
    const signIn = await postSignIn(await newApi(), "\u0000", "whatever password");
    expect(signIn.status()).toBe(401);
  });

  test("a successful sign-in is not mistaken for a fault, whatever callback URL it names", async ({ newApi }) => {
    const context = await newApi();
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const error of ["internal", "rate_limited", "database_unavailable"]) {
      const response = await context.post("/api/auth/callback/credentials", {
        form: {
          email: DEMO.coach,
          password: "clarity-demo-2026",
          csrfToken,
          json: "true",
          callbackUrl: `/caseload?error=${error}`,
        },
      });
      expect(response.status(), error).toBe(200);
    }
    expect(await hasSessionCookie(context)).toBe(true);
  });

  test("next-auth's credentials callback takes only POST", async ({ request }) => {
    await expectError(await request.get("/api/auth/callback/credentials"), 404, "not_found");
  });
});

test.describe("security headers", () => {
  function nonceOf(response: APIResponse): string {
    const csp = response.headers()["content-security-policy"] ?? "";
    const scriptSrc =
      csp
        .split(";")
        .map((part) => part.trim())
        .find((part) => part.startsWith("script-src ")) ?? "";
    const match = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc);
    expect(match, `script-src with a nonce in: ${csp}`).not.toBeNull();
    return match![1]!;
  }

  function expectCommonHeaders(response: APIResponse) {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
    // `next start` is production: HSTS is sent.
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  }

  test("an API answer carries them, with no-store", async ({ request, signedIn }) => {
    const health = await request.get("/api/health");
    expectCommonHeaders(health);
    expect(health.headers()["cache-control"]).toContain("no-store");

    const ana = await signedIn(DEMO.ana);
    const meResponse = await ana.get("/api/v1/me");
    expectCommonHeaders(meResponse);
    expect(meResponse.headers()["cache-control"]).toContain("no-store");
    const { families } = (await meResponse.json()) as { families: { id: string }[] };
    const family = await ana.get(`/api/v1/families/${families[0]!.id}`);
    expect(family.status()).toBe(200);
    expectCommonHeaders(family);
    expect(family.headers()["cache-control"]).toContain("no-store");
    const denied = await ana.get("/api/v1/families/00000000-0000-4000-8000-000000000000");
    expect(denied.status()).toBe(404);
    expect(denied.headers()["cache-control"]).toContain("no-store");
  });

  test("a page carries them, with a fresh nonce that Next.js's scripts use", async ({ request }) => {
    const first = await request.get("/sign-in");
    expect(first.status()).toBe(200);
    expectCommonHeaders(first);
    const nonce = nonceOf(first);
    const html = await first.text();
    const scriptNonces = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((match) => match[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    // Every script tag carries it (a script without the nonce would be blocked, or the CSP is loose).
    expect([...html.matchAll(/<script\b/g)].length).toBe(scriptNonces.length);

    const second = await request.get("/sign-in");
    expect(nonceOf(second)).not.toBe(nonce);
  });

  test("the family page is never cached", async ({ signedIn }) => {
    const ana = await signedIn(DEMO.ana);
    const { families } = (await (await ana.get("/api/v1/me")).json()) as { families: { id: string }[] };
    const page = await ana.get(`/families/${families[0]!.id}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("The Rivera family");
    expectCommonHeaders(page);
    expect(page.headers()["cache-control"]).toContain("no-store");
  });
});
