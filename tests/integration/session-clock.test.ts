import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { eq } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { describeEachDatabase } from "./support/databases";
import { callRoute, loadRoute, type Method } from "./support/api-routes";
import { makeActor, makeFamily } from "./support/factories";

// The real cookie path: a next-auth JWT naming a session row, read from the request's cookies.
// Only the cookie jar and the clock are the test's.
const jar = vi.hoisted(() => ({ value: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "next-auth.session-token" && jar.value ? { name, value: jar.value } : undefined),
  }),
  headers: async () => new Headers(),
}));

const SECRET = "session-clock-test-secret-of-enough-length-0123456789";
const MINUTE = 60_000;
const T0 = new Date("2026-11-25T09:00:00Z");
const BACKGROUND = { "x-clarity-background": "1" };

describeEachDatabase("sessions on a controlled clock, through the routes", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let familyId: string;

  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= SECRET;
    parent = await makeActor(db(), "parent");
    familyId = (await makeFamily(db(), { parents: [parent] })).id;
  });

  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => {
    jar.value = "";
  });

  async function signInAt(at: Date): Promise<void> {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at);
    // The row's clock is the test's too (the column defaults would take the database's now()).
    const [user] = await db()
      .select({ sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, parent.id));
    const [row] = await db()
      .insert(sessions)
      .values({ userId: parent.id, sessionVersion: user!.sessionVersion, createdAt: at, lastSeenAt: at })
      .returning({ id: sessions.id });
    const sessionId = row!.id;
    jar.value = await encode({ token: { sid: sessionId }, secret: process.env.NEXTAUTH_SECRET! });
  }

  /** A GET at `minutes` after sign-in; background requests say so as the app's pages do. */
  async function getAt(minutes: number, template: string, headers: Record<string, string> = {}): Promise<number> {
    vi.setSystemTime(new Date(T0.getTime() + minutes * MINUTE));
    const routeModule = await loadRoute(template);
    const params: Record<string, string> = template.includes("[familyId]") ? { familyId } : {};
    return (await callRouteWith(routeModule, "GET", template, params, headers)).status;
  }

  it("background polling, the unread badge and the message stream do not keep an idle session alive", async () => {
    await signInAt(T0);
    expect(await getAt(0, "me")).toBe(200);
    for (const minutes of [5, 12, 19, 26, 29]) {
      expect(await getAt(minutes, "families/[familyId]/messages", BACKGROUND)).toBe(200);
      expect(await getAt(minutes, "unread")).toBe(200);
      expect(await getAt(minutes, "families/[familyId]/messages/stream")).toBe(200);
    }
    // 30 minutes after the last thing the person did, however much the page polled meanwhile.
    expect(await getAt(30, "me")).toBe(401);
    expect(await getAt(30, "families/[familyId]/messages/stream")).toBe(401);
  });

  it("what the person does keeps it alive past 30 minutes", async () => {
    await signInAt(T0);
    expect(await getAt(20, "families/[familyId]/messages")).toBe(200); // not marked background
    expect(await getAt(45, "me")).toBe(200);
    expect(await getAt(76, "me")).toBe(401);
  });

  it("ends 12 hours after sign-in even when active all along", async () => {
    await signInAt(T0);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25)
      expect(await getAt(minutes, "me"), `${minutes} minutes in`).toBe(200);
    expect(await getAt(12 * 60, "me")).toBe(401);
  });
});

/** callRoute with request headers (the background marker). */
async function callRouteWith(
  routeModule: Awaited<ReturnType<typeof loadRoute>>,
  method: Method,
  template: string,
  params: Record<string, string>,
  headers: Record<string, string>,
) {
  if (Object.keys(headers).length === 0) return callRoute(routeModule, method, template, params);
  const url = new URL(
    `http://localhost/api/v1/${template.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name]!)}`,
  );
  const response = await routeModule[method]!(new Request(url, { method, headers }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, text: await response.text() };
}
