import { createRequire } from "node:module";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { nextAuthHandler } from "@/lib/server/auth/next-auth-handler";
import { redirectBypasses } from "../support/redirect-bypasses";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

// next-auth reads the request's cookies and headers through next/headers, which only works inside
// Next.js's request scope. It loads it with a CommonJS require (vi.mock does not reach that), so
// the module is put in require's cache in its place, answering for the request the test sends.
// Everything else (next-auth, the handler around it, the database) is real.
const current: { request: Request | null } = { request: null };
const require = createRequire(import.meta.url);
require.cache[require.resolve("next/headers", { paths: [require.resolve("next-auth")] })] = {
  exports: {
    cookies: async () => {
      const pairs = (current.request?.headers.get("cookie") ?? "")
        .split(";")
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const at = part.indexOf("=");
          return { name: part.slice(0, at), value: decodeURIComponent(part.slice(at + 1)) };
        });
      return { getAll: () => pairs, get: (name: string) => pairs.find((pair) => pair.name === name) };
    },
    headers: async () => current.request?.headers ?? new Headers(),
  },
} as NodeJS.Module;

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery";
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const corpus = redirectBypasses(ORIGIN);

type Answer = { status: number; location: string | null; url: string | null; cookies: Map<string, string> };

async function auth(
  path: string,
  init: { method?: "GET" | "POST"; form?: Record<string, string>; cookie?: string } = {},
): Promise<Answer> {
  const request = new NextRequest(`${ORIGIN}/api/auth/${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  current.request = request;
  const action = new URL(request.url).pathname.replace("/api/auth/", "").split("/");
  const response = await nextAuthHandler(request, { params: Promise.resolve({ nextauth: action }) });
  const cookies = new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      return [pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1))] as const;
    }),
  );
  const text = await response.text();
  let url: string | null = null;
  try {
    url = (JSON.parse(text) as { url?: string }).url ?? null;
  } catch {
    // not JSON (a redirect or a page)
  }
  return { status: response.status, location: response.headers.get("location"), url, cookies };
}

/** A URL next-auth hands back must be on the app, with a path that starts with a single slash. */
function expectOnTheApp(value: string | null | undefined, where: string) {
  if (!value) return;
  const url = new URL(value, ORIGIN);
  expect(url.origin, where).toBe(ORIGIN);
  expect(url.pathname, where).toMatch(/^\/(?![/\\])/u);
  const callback = url.searchParams.get("callbackUrl");
  if (callback) expectOnTheApp(callback, `${where} (its callbackUrl)`);
}

describeEachDatabase("next-auth's callback URL", (context) => {
  let parent: Actor;
  const savedUrl = process.env.NEXTAUTH_URL;
  const savedSecret = process.env.NEXTAUTH_SECRET;

  beforeAll(async () => {
    process.env.NEXTAUTH_URL = ORIGIN;
    process.env.NEXTAUTH_SECRET = "callback-url-test-secret-of-enough-length-0123456789";
    parent = await makeActor(context.handle.db, "parent", PASSWORD);
  });
  afterAll(() => {
    process.env.NEXTAUTH_URL = savedUrl;
    process.env.NEXTAUTH_SECRET = savedSecret;
    current.request = null;
  });

  /** next-auth's double-submit CSRF token and its cookie. */
  async function csrf(): Promise<{ token: string; cookie: string }> {
    const answer = await auth("csrf");
    const value = answer.cookies.get("next-auth.csrf-token")!;
    return { token: value.split("|")[0]!, cookie: `next-auth.csrf-token=${encodeURIComponent(value)}` };
  }

  it("a hostile callbackUrl in the query never answers 500, and the URL next-auth keeps stays on the app", async () => {
    for (const { target, offSite, note } of corpus) {
      for (const path of ["csrf", "providers", "session", "signin"]) {
        const where = `GET ${path} with ${note}: ${JSON.stringify(target)}`;
        const answer = await auth(`${path}?callbackUrl=${encodeURIComponent(target)}`);
        expect(answer.status, where).toBeLessThan(500);
        expectOnTheApp(answer.location, where);
        const kept = answer.cookies.get("next-auth.callback-url");
        expectOnTheApp(kept, where);
        if (offSite && kept) expect(kept, where).toBe(`${ORIGIN}/`);
      }
    }
  });

  it("a hostile callbackUrl cookie is refused with 400 and dropped, never a 500", async () => {
    for (const { target, note } of corpus) {
      for (const path of ["session", "csrf", "signin"]) {
        const where = `GET ${path} with the cookie ${note}: ${JSON.stringify(target)}`;
        const answer = await auth(path, { cookie: `next-auth.callback-url=${encodeURIComponent(target)}` });
        expect(answer.status, where).toBe(400);
        expect(answer.cookies.get("next-auth.callback-url"), where).toBe("");
      }
    }
    // The cookies next-auth itself sets (the bare origin, or the origin and a safe path) are fine.
    for (const kept of [ORIGIN, `${ORIGIN}/caseload`])
      expect((await auth("session", { cookie: `next-auth.callback-url=${encodeURIComponent(kept)}` })).status).toBe(
        200,
      );
  });

  it("signing in with a hostile callbackUrl signs in and sends the person back into the app", async () => {
    for (const { target, offSite, note } of corpus) {
      const { token, cookie } = await csrf();
      const form = { email: parent.email, password: PASSWORD, csrfToken: token, callbackUrl: target };
      for (const json of [true, false]) {
        const where = `sign-in (${json ? "json" : "redirect"}) with ${note}: ${JSON.stringify(target)}`;
        const answer = await auth("callback/credentials", {
          method: "POST",
          form: json ? { ...form, json: "true" } : form,
          cookie,
        });
        expect(answer.status, where).toBeLessThan(500);
        expect(answer.cookies.get("next-auth.session-token"), where).toMatch(/^[\w.-]{20,}$/);
        const destination = json ? answer.url : answer.location;
        expect(destination, where).toMatch(/^https?:\/\//);
        expectOnTheApp(destination, where);
        if (offSite) expect(destination, where).toBe(`${ORIGIN}/`);
      }
    }
  });

  it("random callback URLs, in the query and the form: never a 500", async () => {
    const { token, cookie } = await csrf();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 80 }), async (target) => {
        const query = await auth(`csrf?callbackUrl=${encodeURIComponent(target)}`);
        expect(query.status).toBeLessThan(500);
        expectOnTheApp(query.cookies.get("next-auth.callback-url"), JSON.stringify(target));
        const signOut = await auth("signout", {
          method: "POST",
          form: { csrfToken: token, callbackUrl: target, json: "true" },
          cookie,
        });
        expect(signOut.status).toBeLessThan(500);
        expectOnTheApp(signOut.url, JSON.stringify(target));
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
