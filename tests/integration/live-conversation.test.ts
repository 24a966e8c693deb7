import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/live/route";
import { caseloads } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { liveStream } from "@/lib/messages/live-stream";
import { streamStart } from "@/lib/messages/queries";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { eventReader, type SseEvent } from "../support/sse";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

const APP = "http://localhost";

describeEachDatabase("the live stream carrying the conversation a page shows", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherCoach: Actor;

  beforeAll(async () => {
    [parent, coach, otherCoach] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
    ]);
  });

  const say = async (actor: Actor, familyId: string, body: string) =>
    (await sendMessage(actor, familyId, parseSendInput({ clientMessageId: crypto.randomUUID(), body }))).message;

  /** GET /api/v1/live as the app serves it, for `actor`. */
  async function request(actor: Actor, query: string, headers: Record<string, string> = {}) {
    signedIn.actor = actor;
    const abort = new AbortController();
    const response = await GET(new Request(`${APP}/api/v1/live${query}`, { headers, signal: abort.signal }), {
      params: Promise.resolve({}),
    });
    return { response, abort };
  }

  async function open(actor: Actor, query: string, headers: Record<string, string> = {}) {
    const { response, abort } = await request(actor, query, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = eventReader(response.body!);
    // Every live stream starts by telling the page to read again what changed while it was away.
    expect(await events.next()).toEqual({ event: "resync", data: "{}" });
    return { events, abort };
  }

  /** Reads events until one matches, returning everything read on the way (that one last). */
  async function until(events: ReturnType<typeof eventReader>, matches: (event: SseEvent) => boolean) {
    const seen: SseEvent[] = [];
    for (;;) {
      const event = await events.next(5000);
      if (!event) throw new Error(`the stream ended after ${JSON.stringify(seen)}`);
      seen.push(event);
      if (matches(event)) return seen;
    }
  }

  it("delivers the conversation's messages with their ids next to the change signals, and replays after `after` or Last-Event-ID", async () => {
    const family = await makeFamily(db(), { parents: [parent], coach });
    const before = await say(parent, family.id, "Before the stream");
    const { events, abort } = await open(coach, `?conversation=${family.id}`);

    const live = await say(parent, family.id, "Live!");
    const seen = await until(events, (event) => event.event === "message");
    expect(seen.at(-1)).toMatchObject({ event: "message", id: live.id });
    expect(JSON.parse(seen.at(-1)!.data)).toEqual(live);
    // The badges and the caseload still hear of it, as on a stream without a conversation.
    expect(seen).toContainEqual({ event: "change", data: JSON.stringify({ familyId: family.id, kind: "message" }) });
    abort.abort();

    const missed = await say(parent, family.id, "While the stream was down");
    // After the query's `after`: both, in order, once each.
    const resumed = await open(coach, `?conversation=${family.id}&after=${before.id}`);
    expect([await resumed.events.next(), await resumed.events.next()]).toMatchObject([
      { event: "message", id: live.id },
      { event: "message", id: missed.id },
    ]);
    resumed.abort.abort();
    // A browser reconnecting names the last message it received: that wins over the address's `after`.
    const reconnected = await open(coach, `?conversation=${family.id}&after=${before.id}`, {
      "Last-Event-ID": live.id,
    });
    expect(await reconnected.events.next()).toMatchObject({ event: "message", id: missed.id });
    reconnected.abort.abort();
  });

  it("refuses a family the caller may not see with 404, and a malformed query with 400 naming the field", async () => {
    const family = await makeFamily(db(), { parents: [parent], coach });
    const message = await say(parent, family.id, "Hello");
    const refusal = async (actor: Actor, query: string) => {
      const { response } = await request(actor, query);
      return { status: response.status, body: (await response.json()) as { error: { code: string; fields?: object } } };
    };
    expect(await refusal(otherCoach, `?conversation=${family.id}`)).toMatchObject({
      status: 404,
      body: { error: { code: "not_found" } },
    });
    expect(await refusal(coach, `?conversation=${crypto.randomUUID()}`)).toMatchObject({ status: 404 });
    expect(await refusal(coach, "?conversation=not-a-family")).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { conversation: expect.any(String) } } },
    });
    expect(await refusal(coach, `?conversation=${family.id}&after=nope`)).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { after: expect.any(String) } } },
    });
    // `after` alone names a message of no conversation.
    expect(await refusal(coach, `?after=${message.id}`)).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { after: expect.any(String) } } },
    });
    // A message of another conversation is no resume point for this one.
    const elsewhere = await makeFamily(db(), { parents: [parent], coach });
    expect(await refusal(coach, `?conversation=${elsewhere.id}&after=${message.id}`)).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed", fields: { after: expect.any(String) } } },
    });
  });

  it("a conversation that goes out of reach ends alone, and the stream goes on for the other families", async () => {
    const leaving = await makeFamily(db(), { parents: [parent], coach: otherCoach });
    const staying = await makeFamily(db(), { parents: [parent], coach: otherCoach });
    const abort = new AbortController();
    const events = eventReader(
      await liveStream({
        actor: otherCoach,
        signal: abort.signal,
        conversation: { familyId: leaving.id, after: await streamStart(otherCoach, leaving.id, undefined) },
        heartbeatMs: 50,
      }),
    );
    expect(await events.next()).toEqual({ event: "resync", data: "{}" });
    await db()
      .delete(caseloads)
      .where(and(eq(caseloads.coachId, otherCoach.id), eq(caseloads.familyId, leaving.id)));
    const seen = await until(events, (event) => event.event === "conversation-end");
    expect(seen.at(-1)).toEqual({
      event: "conversation-end",
      data: JSON.stringify({ familyId: leaving.id, reason: "forbidden" }),
    });
    expect(seen.filter((event) => event.event === "message")).toEqual([]);

    await say(parent, leaving.id, "Not for the coach any more");
    await say(parent, staying.id, "Still on the caseload");
    const after = await until(events, (event) => event.event === "change");
    expect(after.at(-1)).toEqual({
      event: "change",
      data: JSON.stringify({ familyId: staying.id, kind: "message" }),
    });
    expect(after.filter((event) => event.event === "message")).toEqual([]);
    abort.abort();
  });
});
