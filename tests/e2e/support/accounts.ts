import { randomUUID } from "node:crypto";
import { expect, test as base, type APIRequestContext, type APIResponse } from "@playwright/test";
import { BASE_URL } from "./server";

export const DEMO_PASSWORD = "clarity-demo-2026";
export const DEMO = {
  coach: "coach@demo.clarity.test",
  admin: "admin@demo.clarity.test",
  ana: "ana.rivera@demo.clarity.test",
  luis: "luis.rivera@demo.clarity.test",
  linh: "linh.nguyen@demo.clarity.test",
} as const;
const SESSION_COOKIE = "next-auth.session-token";

/** An email no other test (or earlier run) uses. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now()}.${randomUUID().slice(0, 8)}@e2e.clarity.test`;
}

/** A made-up client address, sent as X-Forwarded-For (the e2e server trusts one proxy hop). */
export function uniqueAddress(): string {
  const bytes = randomUUID()
    .replace(/-/g, "")
    .match(/../g)!
    .slice(0, 3)
    .map((hex) => Number.parseInt(hex, 16));
  return `10.${bytes.join(".")}`;
}

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** Expects the API error shape (docs/architecture.md) with this status and code; returns the body. */
export async function expectError(response: APIResponse, status: number, code: string): Promise<ErrorBody> {
  const text = await response.text();
  expect(response.status(), `${response.url()} answered ${text}`).toBe(status);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

/** next-auth's credentials sign-in, as a browser does it: csrf token, then the form post. */
export async function postSignIn(
  context: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const csrf = await context.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  expect(csrfToken).toMatch(/^[0-9a-f]{64}$/);
  return context.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    headers,
    maxRedirects: 0,
  });
}

export async function hasSessionCookie(context: APIRequestContext): Promise<boolean> {
  const { cookies } = await context.storageState();
  return cookies.some((cookie) => cookie.name === SESSION_COOKIE && cookie.value !== "");
}

/** A sign-in that must work: 200, a url without an error, and a session cookie. */
export async function expectSignInOk(
  context: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const response = await postSignIn(context, email, password, headers);
  const text = await response.text();
  expect(response.status(), `sign-in as ${email} answered ${text}`).toBe(200);
  const { url } = JSON.parse(text) as { url?: string };
  expect(url).toMatch(/^http:\/\/localhost:\d+/);
  expect(url).not.toContain("error=");
  expect(await hasSessionCookie(context)).toBe(true);
}

/** A sign-in that must fail the ordinary way (wrong email or password, not rate limited). */
export async function expectSignInRejected(
  context: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const response = await postSignIn(context, email, password, headers);
  const text = await response.text();
  expect(response.status(), `sign-in as ${email} should be refused, answered ${text}`).toBe(401);
  expect((JSON.parse(text) as { url: string }).url).toContain("error=CredentialsSignin");
  expect(await hasSessionCookie(context)).toBe(false);
  return { status: response.status(), body: text };
}

type NewParent = {
  email: string;
  password: string;
  name: string;
  user: { id: string; email: string; name: string; role: string };
  family: { id: string; name: string };
};

type Fixtures = {
  /** A fresh API context of its own (own cookie jar); disposed after the test. */
  newApi: (headers?: Record<string, string>) => Promise<APIRequestContext>;
  /** A fresh API context signed in as this user (demo password by default). */
  signedIn: (email: string, password?: string) => Promise<APIRequestContext>;
  /**
   * Creates a parent through the product's own path: an invite, then sign-up. A new family's link
   * comes from the demo coach; a link into an existing family (`familyId`) from `invitedBy`, who
   * must be one of its parents.
   */
  newParent: (options?: {
    familyName?: string;
    familyId?: string;
    invitedBy?: APIRequestContext;
  }) => Promise<NewParent>;
};

export const test = base.extend<Fixtures>({
  // A page that throws in the browser fails its test, even where nothing on screen looks wrong yet.
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await provide(page);
    expect(errors, "uncaught errors in the browser").toEqual([]);
  },
  newApi: async ({ playwright }, provide) => {
    const made: APIRequestContext[] = [];
    await provide(async (headers = {}) => {
      const context = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: headers });
      made.push(context);
      return context;
    });
    for (const context of made) await context.dispose();
  },
  signedIn: async ({ newApi }, provide) => {
    await provide(async (email, password = DEMO_PASSWORD) => {
      const context = await newApi();
      await expectSignInOk(context, email, password);
      return context;
    });
  },
  newParent: async ({ newApi, signedIn }, provide) => {
    await provide(async ({ familyName, familyId, invitedBy } = {}) => {
      const inviter = invitedBy ?? (await signedIn(DEMO.coach));
      const invite = await inviter.post("/api/v1/invites", {
        data: familyId ? { familyId } : familyName ? { familyName } : {},
      });
      expect(invite.status(), await invite.text()).toBe(201);
      const { token } = (await invite.json()) as { token: string };
      const email = uniqueEmail("parent");
      const password = `pw-${randomUUID()}`;
      const name = `Parent ${email.split("@")[0]}`;
      const signUp = await (await newApi()).post("/api/v1/sign-up", { data: { token, name, email, password } });
      expect(signUp.status(), await signUp.text()).toBe(201);
      const body = (await signUp.json()) as Pick<NewParent, "user" | "family">;
      return { email, password, name, ...body };
    });
  },
});

export { expect };
