import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/app/_components/api-client";
import { safeRedirectPath } from "@/lib/core/safe-redirect";
import { withSafeCallbackUrl, urlWithSafeCallbackUrl } from "@/lib/server/auth/callback-url";
import { authOptions } from "@/lib/server/auth/options";
import { redirectBypasses } from "../support/redirect-bypasses";

const ORIGIN = "http://localhost:3200";
const HOME = "/family";
const corpus = redirectBypasses(ORIGIN);

/** Each way the app decides a redirect, reduced to "the path the person ends up on". */
const deciders: Record<string, (target: string) => string | Promise<string>> = {
  "the shared rule": (target) => safeRedirectPath(target, ORIGIN, HOME),
  "the sign-in form (client)": (target) => safeCallbackPath(target, ORIGIN),
  "next-auth's redirect callback (server)": async (target) => {
    const url = await authOptions().callbacks!.redirect!({ url: target, baseUrl: ORIGIN });
    expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    return url.slice(ORIGIN.length);
  },
  "the callbackUrl next-auth is handed (server)": (target) =>
    withSafeCallbackUrl(new URLSearchParams({ callbackUrl: target }), ORIGIN).get("callbackUrl")!,
};

/** A path that stays on the app: one leading slash, and it resolves to the app's own origin. */
function expectStaysOnTheApp(path: string, where: string) {
  expect(path, where).toMatch(/^\/(?![/\\])/u);
  expect(new URL(path, ORIGIN).origin, where).toBe(ORIGIN);
  expect(decodeURIComponent(path), where).not.toMatch(/^\/[\s]*[/\\]/u);
}

describe("safe redirects", () => {
  it(`the corpus holds at least 30 known bypasses (${corpus.length})`, () => {
    expect(corpus.filter((entry) => entry.offSite).length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((entry) => entry.target)).size).toBe(corpus.length);
  });

  for (const [name, decide] of Object.entries(deciders)) {
    it(`${name}: every bypass goes home or stays on the app`, async () => {
      const home = name === "the shared rule" ? HOME : "/";
      for (const { target, offSite, note } of corpus) {
        const where = `${note}: ${JSON.stringify(target)}`;
        const path = await decide(target);
        if (offSite) expect(path, where).toBe(home);
        expectStaysOnTheApp(path, where);
      }
    });

    it(`${name}: follows the app's own paths as they are`, async () => {
      for (const [target, expected] of [
        ["/families/1?tab=team#top", "/families/1?tab=team#top"],
        [`${ORIGIN}/caseload`, "/caseload"],
        ["/caseload?filter=safety-gap,unread", "/caseload?filter=safety-gap,unread"],
        ["/families/a/../b", "/families/b"],
      ])
        expect(await decide(target!)).toBe(expected);
    });
  }

  it("nothing, a non-string or an over-long target goes home", () => {
    for (const target of [null, undefined, "", 42, ["/caseload"], `/${"a".repeat(3000)}`])
      expect(safeRedirectPath(target, ORIGIN, HOME)).toBe(HOME);
    expect(safeCallbackPath(null, ORIGIN)).toBe("/");
  });

  it("next-auth is handed a safe callbackUrl in the query and the form, and nothing else changes", () => {
    const hostile = `${ORIGIN}/api/auth/csrf?callbackUrl=${encodeURIComponent("/.//evil.example")}&x=1`;
    const url = new URL(urlWithSafeCallbackUrl(hostile, ORIGIN));
    expect(url.searchParams.get("callbackUrl")).toBe("/");
    expect(url.searchParams.get("x")).toBe("1");
    const plain = `${ORIGIN}/api/auth/csrf`;
    expect(urlWithSafeCallbackUrl(plain, ORIGIN)).toBe(plain);
    const form = new URLSearchParams({ email: "a@b.test", callbackUrl: "//evil.example" });
    form.append("callbackUrl", "/caseload");
    const safe = withSafeCallbackUrl(form, ORIGIN);
    expect(safe.getAll("callbackUrl")).toEqual(["/"]);
    expect(safe.get("email")).toBe("a@b.test");
    const clean = new URLSearchParams({ email: "a@b.test" });
    expect(withSafeCallbackUrl(clean, ORIGIN)).toBe(clean);
  });
});
