import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { careEvents, idempotentWrites, providers } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { updateProvider } from "@/lib/care-team/providers";
import { pruneExpired } from "@/lib/server/jobs/housekeeping";
import { describeEachDatabase } from "./support/databases";
import { loadRoute, type Method, type RouteModule } from "./support/api-routes";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

type Answer = { status: number; body: Record<string, unknown> | null };

describeEachDatabase("writes sent with an Idempotency-Key", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor;
  let familyId: string, childId: string;
  let collection: RouteModule, single: RouteModule;

  beforeAll(async () => {
    [parent, coach] = await Promise.all([makeActor(db(), "parent"), makeActor(db(), "coach")]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan" })).id;
    collection = await loadRoute("families/[familyId]/providers");
    single = await loadRoute("families/[familyId]/providers/[providerId]");
  });

  async function send(
    actor: Actor,
    method: Method,
    providerId: string | null,
    body: unknown,
    key?: string,
  ): Promise<Answer> {
    signedIn.actor = actor;
    const path = `/api/v1/families/${familyId}/providers${providerId ? `/${providerId}` : ""}`;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      ...(key ? { "idempotency-key": key } : {}),
    };
    const request = new Request(`http://localhost${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const handler = (providerId ? single : collection)[method]!;
    const response = await handler(request, {
      params: Promise.resolve({ familyId, ...(providerId ? { providerId } : {}) }),
    });
    return {
      status: response.status,
      body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>),
    };
  }

  const newProvider = (name: string) => ({
    name,
    statedTitle: "Counselor",
    credentialId: "lpc",
    childIds: [childId],
    servicesDelivered: ["individual-therapy"],
    startOn: "2026-03-01",
  });
  const providerIdOf = (answer: Answer) => (answer.body!.provider as { id: string }).id;
  const providersNamed = async (name: string) =>
    (
      await db()
        .select({ n: count() })
        .from(providers)
        .where(and(eq(providers.familyId, familyId), eq(providers.name, name)))
    )[0]!.n;
  const eventsSetting = async (providerId: string, agency: string) =>
    (
      await db()
        .select({ n: count() })
        .from(careEvents)
        .where(and(eq(careEvents.subjectId, providerId), sql`${careEvents.changes}->'agency'->>'to' = ${agency}`))
    )[0]!.n;
  const key = (label: string) => `${label}-${crypto.randomUUID()}`;

  it("a create retried with its key adds the provider once and answers the first answer again", async () => {
    const once = key("create");
    const first = await send(parent, "POST", null, newProvider("Retried Rivera"), once);
    const retry = await send(parent, "POST", null, newProvider("Retried Rivera"), once);
    expect(first.status).toBe(201);
    expect(retry).toEqual(first);
    expect(await providersNamed("Retried Rivera")).toBe(1);
    // Without a key, the same body is a second provider: the key, not the content, names a change.
    expect((await send(parent, "POST", null, newProvider("Retried Rivera"))).status).toBe(201);
    expect(await providersNamed("Retried Rivera")).toBe(2);
  });

  it("an edit whose answer was lost, retried after someone else's change, does not undo that change", async () => {
    const providerId = providerIdOf(await send(parent, "POST", null, newProvider("Edited twice")));
    const lost = key("edit");
    const first = await send(parent, "PATCH", providerId, { agency: "Agency from the parent" }, lost);
    await updateProvider(coach, familyId, providerId, { agency: "Agency from the coach" });
    const retry = await send(parent, "PATCH", providerId, { agency: "Agency from the parent" }, lost);
    expect(retry).toEqual(first);
    expect(await eventsSetting(providerId, "Agency from the parent")).toBe(1);
    const [stored] = await db()
      .select({ agency: providers.agency })
      .from(providers)
      .where(eq(providers.id, providerId));
    expect(stored!.agency).toBe("Agency from the coach");
  });

  it("identical requests racing with one key make one change", async () => {
    const racing = key("race");
    const answers = await Promise.all([1, 2, 3, 4].map(() => send(parent, "POST", null, newProvider("Raced"), racing)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map(providerIdOf)).size).toBe(1);
    expect(await providersNamed("Raced")).toBe(1);
  });

  it("the same key with another change is refused with 422, and nothing is written", async () => {
    const reused = key("reused");
    await send(parent, "POST", null, newProvider("First use"), reused);
    const refused = await send(parent, "POST", null, newProvider("Second use"), reused);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: { code: "unprocessable", fields: { "Idempotency-Key": expect.stringContaining("already used") } },
    });
    expect(await providersNamed("Second use")).toBe(0);
    // Another path is another change too.
    const providerId = providerIdOf(await send(parent, "POST", null, newProvider("Path owner")));
    expect((await send(parent, "PATCH", providerId, newProvider("First use"), reused)).status).toBe(422);
  });

  it("keys are each user's own: the coach's key of the same name is another change", async () => {
    const shared = key("shared");
    await send(parent, "POST", null, newProvider("Parent's"), shared);
    const coachAnswer = await send(coach, "POST", null, newProvider("Coach's"), shared);
    expect(coachAnswer.status).toBe(201);
    expect(await providersNamed("Coach's")).toBe(1);
  });

  it("a refused write keeps nothing under its key, so the corrected change can use it", async () => {
    const providerId = providerIdOf(await send(parent, "POST", null, newProvider("Dated")));
    const fixing = key("fix");
    const refused = await send(parent, "PATCH", providerId, { endOn: "2026-01-01" }, fixing);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: "validation_failed", fields: { endOn: expect.any(String) } } });
    const [kept] = await db().select({ n: count() }).from(idempotentWrites).where(eq(idempotentWrites.key, fixing));
    expect(kept!.n).toBe(0);
    expect((await send(parent, "PATCH", providerId, { endOn: "2026-06-01" }, fixing)).status).toBe(200);
  });

  it("a removal retried with its key answers 204 again instead of 404", async () => {
    const providerId = providerIdOf(await send(parent, "POST", null, newProvider("Removed once")));
    const removal = key("remove");
    expect((await send(parent, "DELETE", providerId, undefined, removal)).status).toBe(204);
    expect((await send(parent, "DELETE", providerId, undefined, removal)).status).toBe(204);
    expect((await send(parent, "DELETE", providerId, undefined)).status).toBe(404);
    const [removed] = await db()
      .select({ n: count() })
      .from(careEvents)
      .where(and(eq(careEvents.subjectId, providerId), eq(careEvents.action, "provider.removed")));
    expect(removed!.n).toBe(1);
  });

  it("a malformed key is a 400 naming the header, and nothing is written", async () => {
    for (const malformed of ["short", "has a space in it", "é".repeat(10), "x".repeat(129)]) {
      const answer = await send(parent, "POST", null, newProvider(`Malformed ${malformed.length}`), malformed);
      expect(answer.status, malformed).toBe(400);
      expect(answer.body).toMatchObject({
        error: { code: "validation_failed", fields: { "Idempotency-Key": expect.any(String) } },
      });
      expect(await providersNamed(`Malformed ${malformed.length}`)).toBe(0);
    }
  });

  it("a stranger's retry with a stored key is a 404 like any other request of theirs", async () => {
    const stranger = await makeActor(db(), "parent");
    const stored = key("stranger");
    await send(parent, "POST", null, newProvider("Not theirs"), stored);
    expect((await send(stranger, "POST", null, newProvider("Not theirs"), stored)).status).toBe(404);
  });

  it("kept answers are forgotten after a day by the housekeeping", async () => {
    const kept = key("kept");
    await send(parent, "POST", null, newProvider("Kept a day"), kept);
    const storedKeys = async () =>
      (await db().select({ n: count() }).from(idempotentWrites).where(eq(idempotentWrites.key, kept)))[0]!.n;
    await pruneExpired(db(), new Date(Date.now() + 23 * 3_600_000));
    expect(await storedKeys()).toBe(1);
    await pruneExpired(db(), new Date(Date.now() + 25 * 3_600_000));
    expect(await storedKeys()).toBe(0);
  });
});
