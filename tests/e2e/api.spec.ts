import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  expect,
  expectError,
  expectSignInOk,
  expectSignInRejected,
  test,
  uniqueAddress,
  uniqueEmail,
} from "./support/accounts";
import { BASE_URL } from "./support/server";

const uuid = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

type Me = { user: { id: string; email: string; name: string; role: string }; families: { id: string; name: string }[] };

async function me(context: APIRequestContext): Promise<Me> {
  const response = await context.get("/api/v1/me");
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Me;
}

async function familyIdOf(context: APIRequestContext, name: string): Promise<string> {
  const family = (await me(context)).families.find((candidate) => candidate.name === name);
  expect(family, `family "${name}"`).toBeDefined();
  return family!.id;
}

async function newInviteToken(coach: APIRequestContext, data: Record<string, unknown> = {}): Promise<string> {
  const response = await coach.post("/api/v1/invites", { data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

test.describe("GET /api/health", () => {
  test("answers 200 with the database up", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});

test.describe("GET /api/v1/openapi.json", () => {
  test("describes the API to anyone, cacheable, with the security headers of every answer", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=3600");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths["/families/{familyId}/providers"] ?? {}).sort()).toEqual(["get", "post"]);
  });
});

test.describe("GET /api/v1/me", () => {
  test("answers 401 to an anonymous caller", async ({ request }) => {
    await expectError(await request.get("/api/v1/me"), 401, "unauthenticated");
  });

  test("describes a signed-in parent and their family", async ({ signedIn }) => {
    const body = await me(await signedIn(DEMO.ana));
    expect(body).toEqual({
      user: { id: uuid, email: DEMO.ana, name: "Ana Rivera", role: "parent" },
      families: [{ id: uuid, name: "The Rivera family" }],
    });
  });

  test("lists a coach's caseload and no family for an admin", async ({ signedIn }) => {
    const coach = await me(await signedIn(DEMO.coach));
    expect(coach.user).toEqual({ id: uuid, email: DEMO.coach, name: expect.any(String), role: "coach" });
    expect(coach.families.map((family) => family.name)).toEqual(
      expect.arrayContaining(["The Rivera family", "The Nguyen family"]),
    );

    const admin = await me(await signedIn(DEMO.admin));
    expect(admin).toEqual({
      user: { id: uuid, email: DEMO.admin, name: expect.any(String), role: "admin" },
      families: [],
    });
  });
});

test.describe("POST /api/v1/invites", () => {
  test("a coach gets a single-use link that expires in 7 days", async ({ signedIn }) => {
    const coach = await signedIn(DEMO.coach);
    const before = Date.now();
    const response = await coach.post("/api/v1/invites", { data: { familyName: "The Okafor family" } });
    expect(response.status(), await response.text()).toBe(201);
    const body = (await response.json()) as { url: string; token: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(["expiresAt", "id", "token", "url"]);
    expect(body.token.length).toBeGreaterThanOrEqual(20);
    expect(body.url).toBe(`${BASE_URL}/sign-up?token=${encodeURIComponent(body.token)}`);
    const sevenDays = 7 * 24 * 60 * 60 * 1000;
    expect(Date.parse(body.expiresAt)).toBeGreaterThanOrEqual(before + sevenDays - 60_000);
    expect(Date.parse(body.expiresAt)).toBeLessThanOrEqual(Date.now() + sevenDays + 60_000);
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("a parent may not invite a new family (403)", async ({ signedIn }) => {
    await expectError(await (await signedIn(DEMO.ana)).post("/api/v1/invites", { data: {} }), 403, "forbidden");
  });

  test("a parent inviting into another family's id gets 404", async ({ signedIn }) => {
    const nguyenId = await familyIdOf(await signedIn(DEMO.linh), "The Nguyen family");
    await expectError(
      await (await signedIn(DEMO.ana)).post("/api/v1/invites", { data: { familyId: nguyenId } }),
      404,
      "not_found",
    );
  });

  test("a parent may invite a co-parent into their own family", async ({ signedIn, newApi }) => {
    const ana = await signedIn(DEMO.ana);
    const riveraId = await familyIdOf(ana, "The Rivera family");
    const token = await newInviteToken(ana, { familyId: riveraId });
    const email = uniqueEmail("coparent");
    const response = await (
      await newApi()
    ).post("/api/v1/sign-up", { data: { token, name: "Sam Rivera", email, password: "co-parent passphrase" } });
    expect(response.status(), await response.text()).toBe(201);
    expect(await response.json()).toMatchObject({ family: { id: riveraId, name: "The Rivera family" } });
  });

  test("an anonymous caller gets 401", async ({ request }) => {
    await expectError(await request.post("/api/v1/invites", { data: {} }), 401, "unauthenticated");
  });

  test("unknown fields are refused with 400 and named", async ({ signedIn }) => {
    const coach = await signedIn(DEMO.coach);
    const body = await expectError(
      await coach.post("/api/v1/invites", { data: { role: "coach" } }),
      400,
      "validation_failed",
    );
    expect(body.error.fields).toHaveProperty("role");
    const badId = await expectError(
      await coach.post("/api/v1/invites", { data: { familyId: "not-a-uuid" } }),
      400,
      "validation_failed",
    );
    expect(badId.error.fields).toHaveProperty("familyId");
  });

  test("a body that is not JSON is a 400, never a 500", async ({ signedIn }) => {
    const coach = await signedIn(DEMO.coach);
    // A Buffer is sent as it is (Playwright would JSON-encode a string that does not parse).
    const json = { "Content-Type": "application/json" };
    await expectError(
      await coach.post("/api/v1/invites", { data: Buffer.from("{not json"), headers: json }),
      400,
      "bad_request",
    );
    await expectError(
      await coach.post("/api/v1/invites", { data: Buffer.from("[1,2]"), headers: json }),
      400,
      "validation_failed",
    );
  });
});

test.describe("POST /api/v1/sign-up", () => {
  test("201: a new parent in a new family on the inviting coach's caseload", async ({ signedIn, newApi }) => {
    const coach = await signedIn(DEMO.coach);
    const familyName = `The Sign-up family ${randomUUID().slice(0, 8)}`;
    const token = await newInviteToken(coach, { familyName });
    const email = uniqueEmail("Signup.Mixed");
    const response = await (
      await newApi()
    ).post("/api/v1/sign-up", { data: { token, name: "  Jo Parent ", email, password: "correct horse battery" } });
    expect(response.status(), await response.text()).toBe(201);
    const body = (await response.json()) as { user: Me["user"]; family: { id: string; name: string } };
    expect(body).toEqual({
      user: { id: uuid, email: email.toLowerCase(), name: "Jo Parent", role: "parent" },
      family: { id: uuid, name: familyName },
    });
    expect(response.headers()["cache-control"]).toContain("no-store");

    // The family is on the coach's caseload, and the new parent can sign in (email in any case).
    expect((await me(coach)).families).toContainEqual({ id: body.family.id, name: familyName });
    const parent = await newApi();
    await expectSignInOk(parent, email.toUpperCase(), "correct horse battery");
    expect(await me(parent)).toEqual({ user: body.user, families: [body.family] });
  });

  test("400 for a short password, naming the field; the invite stays usable", async ({ signedIn, newApi }) => {
    const token = await newInviteToken(await signedIn(DEMO.coach));
    const anonymous = await newApi();
    const email = uniqueEmail("short");
    const body = await expectError(
      await anonymous.post("/api/v1/sign-up", { data: { token, name: "Short", email, password: "1234567" } }),
      400,
      "validation_failed",
    );
    expect(body.error.fields).toHaveProperty("password");
    const missing = await expectError(
      await anonymous.post("/api/v1/sign-up", { data: { token } }),
      400,
      "validation_failed",
    );
    expect(Object.keys(missing.error.fields ?? {})).toEqual(expect.arrayContaining(["name", "email", "password"]));

    const ok = await anonymous.post("/api/v1/sign-up", { data: { token, name: "Short", email, password: "12345678" } });
    expect(ok.status(), await ok.text()).toBe(201);
  });

  test("409 for an email that is taken in another case; the invite stays usable", async ({ signedIn, newApi }) => {
    const token = await newInviteToken(await signedIn(DEMO.coach));
    const anonymous = await newApi();
    const taken = "ANA.Rivera@Demo.Clarity.TEST";
    const body = await expectError(
      await anonymous.post("/api/v1/sign-up", {
        data: { token, name: "Ana Again", email: taken, password: "a fine password" },
      }),
      409,
      "email_taken",
    );
    expect(body.error.fields).toHaveProperty("email");

    const ok = await anonymous.post("/api/v1/sign-up", {
      data: { token, name: "Someone New", email: uniqueEmail("after409"), password: "a fine password" },
    });
    expect(ok.status(), await ok.text()).toBe(201);
  });

  test("410 for a token that was used already, or never existed", async ({ signedIn, newApi }) => {
    const token = await newInviteToken(await signedIn(DEMO.coach));
    const anonymous = await newApi();
    const first = await anonymous.post("/api/v1/sign-up", {
      data: { token, name: "First", email: uniqueEmail("first"), password: "first password" },
    });
    expect(first.status(), await first.text()).toBe(201);
    await expectError(
      await anonymous.post("/api/v1/sign-up", {
        data: { token, name: "Second", email: uniqueEmail("second"), password: "second password" },
      }),
      410,
      "invite_used",
    );
    await expectError(
      await anonymous.post("/api/v1/sign-up", {
        data: { token: "no-such-invite-token", name: "Third", email: uniqueEmail("third"), password: "third password" },
      }),
      410,
      "invite_invalid",
    );
  });
});

test.describe("GET /api/v1/families/{familyId}", () => {
  test("a member and the family's coach get the summary", async ({ signedIn }) => {
    const ana = await signedIn(DEMO.ana);
    const riveraId = await familyIdOf(ana, "The Rivera family");
    const response = await ana.get(`/api/v1/families/${riveraId}`);
    expect(response.status(), await response.text()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const { family } = (await response.json()) as {
      family: {
        id: string;
        name: string;
        createdAt: string;
        archived: boolean;
        members: { email: string }[];
        coaches: { email: string }[];
      };
    };
    expect(family).toMatchObject({ id: riveraId, name: "The Rivera family", archived: false });
    expect(Number.isNaN(Date.parse(family.createdAt))).toBe(false);
    expect(family.members.map((member) => member.email)).toEqual(expect.arrayContaining([DEMO.ana, DEMO.luis]));
    expect(family.members.map((member) => member.email)).not.toContain(DEMO.linh);
    expect(family.coaches.map((coach) => coach.email)).toEqual([DEMO.coach]);

    const asCoach = await (await signedIn(DEMO.coach)).get(`/api/v1/families/${riveraId}`);
    expect(asCoach.status()).toBe(200);
    expect(((await asCoach.json()) as { family: { id: string } }).family.id).toBe(riveraId);
  });

  test("a parent of another family, an unknown id and an anonymous caller get nothing", async ({
    signedIn,
    request,
  }) => {
    const riveraId = await familyIdOf(await signedIn(DEMO.ana), "The Rivera family");
    const linh = await signedIn(DEMO.linh);
    const other = await expectError(await linh.get(`/api/v1/families/${riveraId}`), 404, "not_found");
    const unknown = await expectError(await linh.get(`/api/v1/families/${randomUUID()}`), 404, "not_found");
    expect(other).toEqual(unknown); // nothing tells "exists but not yours" from "does not exist"
    await expectError(await (await signedIn(DEMO.coach)).get(`/api/v1/families/${randomUUID()}`), 404, "not_found");
    await expectError(await linh.get("/api/v1/families/not-a-uuid"), 404, "not_found");
    await expectError(await request.get(`/api/v1/families/${riveraId}`), 401, "unauthenticated");
  });
});

test.describe("POST /api/v1/me/password", () => {
  test("204; every other session ends at once, this one stays, the old password stops working", async ({
    newParent,
    signedIn,
    newApi,
  }) => {
    const parent = await newParent();
    const changing = await signedIn(parent.email, parent.password);
    const other = await signedIn(parent.email, parent.password);
    expect((await other.get("/api/v1/me")).status()).toBe(200);

    const newPassword = "a brand new passphrase";
    const response = await changing.post("/api/v1/me/password", {
      data: { currentPassword: parent.password, newPassword },
    });
    expect(response.status(), await response.text()).toBe(204);

    await expectError(await other.get("/api/v1/me"), 401, "unauthenticated");
    expect((await me(changing)).user.email).toBe(parent.email);

    // A failed sign-in counts towards the address's limit: use an address of this test's own.
    await expectSignInRejected(await newApi(), parent.email, parent.password, { "X-Forwarded-For": uniqueAddress() });
    await expectSignInOk(await newApi(), parent.email, newPassword);
  });

  test("a wrong current password or a short new one changes nothing", async ({ newParent, signedIn, newApi }) => {
    const parent = await newParent();
    const changing = await signedIn(parent.email, parent.password);
    const other = await signedIn(parent.email, parent.password);

    await expectError(
      await changing.post("/api/v1/me/password", {
        data: { currentPassword: "not my password", newPassword: "whatever it is" },
      }),
      422,
      "wrong_password",
    );
    const short = await expectError(
      await changing.post("/api/v1/me/password", { data: { currentPassword: parent.password, newPassword: "short" } }),
      400,
      "validation_failed",
    );
    expect(short.error.fields).toHaveProperty("newPassword");

    expect((await other.get("/api/v1/me")).status()).toBe(200);
    await expectSignInOk(await newApi(), parent.email, parent.password);
  });

  test("an anonymous caller gets 401", async ({ request }) => {
    await expectError(
      await request.post("/api/v1/me/password", { data: { currentPassword: "x", newPassword: "yyyyyyyyyy" } }),
      401,
      "unauthenticated",
    );
  });
});

test.describe("POST /api/v1/sessions/revoke", () => {
  test("204 and every session of the user ends, the caller's included", async ({ newParent, signedIn, newApi }) => {
    const parent = await newParent();
    const caller = await signedIn(parent.email, parent.password);
    const other = await signedIn(parent.email, parent.password);

    const response = await caller.post("/api/v1/sessions/revoke", { data: {} });
    expect(response.status(), await response.text()).toBe(204);
    await expectError(await caller.get("/api/v1/me"), 401, "unauthenticated");
    await expectError(await other.get("/api/v1/me"), 401, "unauthenticated");

    // Signing in again works and gives a live session.
    const again = await newApi();
    await expectSignInOk(again, parent.email, parent.password);
    expect((await me(again)).user.email).toBe(parent.email);
  });

  test("does not touch other users' sessions", async ({ newParent, signedIn }) => {
    const first = await newParent();
    const second = await newParent();
    const firstSession = await signedIn(first.email, first.password);
    const secondSession = await signedIn(second.email, second.password);
    expect((await firstSession.post("/api/v1/sessions/revoke", { data: {} })).status()).toBe(204);
    expect((await me(secondSession)).user.email).toBe(second.email);
  });

  test("an anonymous caller gets 401", async ({ request }) => {
    await expectError(await request.post("/api/v1/sessions/revoke", { data: {} }), 401, "unauthenticated");
  });
});

test.describe("sign-out", () => {
  test("next-auth's sign-out ends the session on the server, not only in the cookie jar", async ({
    newParent,
    signedIn,
  }) => {
    const parent = await newParent();
    const session = await signedIn(parent.email, parent.password);
    const { cookies } = await session.storageState();
    const sessionCookie = cookies.find((cookie) => cookie.name === "next-auth.session-token")!;

    const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await session.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
    expect(response.status(), await response.text()).toBe(200);
    await expectError(await session.get("/api/v1/me"), 401, "unauthenticated");

    // Replaying the old cookie must not bring the session back.
    const replay = await session.get("/api/v1/me", {
      headers: { Cookie: `${sessionCookie.name}=${sessionCookie.value}` },
    });
    await expectError(replay, 401, "unauthenticated");
  });
});

test("demo accounts all sign in with the documented password", async ({ newApi }) => {
  for (const email of Object.values(DEMO)) await expectSignInOk(await newApi(), email, DEMO_PASSWORD);
});
