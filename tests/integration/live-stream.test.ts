import crypto from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { caseloads } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { revokeSession } from "@/lib/identity/sessions";
import { liveStream } from "@/lib/messages/live-stream";
import { markRead } from "@/lib/messages/reads";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { eventReader } from "../support/sse";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

// Far longer than any wait below, unless a test sets its own: only then does the heartbeat matter.
const QUIET_HEARTBEAT_MS = 10 * 60_000;

describeEachDatabase("one live stream per user, for all of their families", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, otherCoach: Actor;

  beforeAll(async () => {
    [coach, otherCoach] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "coach")]);
  });

  const say = async (actor: Actor, familyId: string, body: string) =>
    (await sendMessage(actor, familyId, parseSendInput({ clientMessageId: crypto.randomUUID(), body }))).message;

  async function open(actor: Actor, heartbeatMs = QUIET_HEARTBEAT_MS) {
    const abort = new AbortController();
    const events = eventReader(await liveStream({ actor, signal: abort.signal, heartbeatMs }));
    // Every stream starts by telling the page to read again what changed while it was away.
    expect(await events.next()).toEqual({ event: "resync", data: "{}" });
    return { events, abort };
  }

  it("a coach hears every family on the caseload, with no content, and nothing of other families", async () => {
    const parentA = await makeActor(db(), "parent");
    const parentB = await makeActor(db(), "parent");
    const stranger = await makeActor(db(), "parent");
    const familyA = await makeFamily(db(), { parents: [parentA], coach });
    const familyB = await makeFamily(db(), { parents: [parentB], coach });
    const elsewhere = await makeFamily(db(), { parents: [stranger], coach: otherCoach });
    const { events, abort } = await open(coach);

    // Another coach's family first: the next signal this stream gets is its own family's.
    await say(stranger, elsewhere.id, "Not for this coach");
    await say(parentB, familyB.id, "Private words about our son");
    const change = await events.next();
    expect(change).toEqual({ event: "change", data: JSON.stringify({ familyId: familyB.id, kind: "message" }) });
    expect(change!.data).not.toContain("Private");

    const message = await say(parentA, familyA.id, "Hello");
    expect(await events.next()).toEqual({
      event: "change",
      data: JSON.stringify({ familyId: familyA.id, kind: "message" }),
    });
    await markRead(coach, familyA.id, message.id);
    expect(await events.next()).toEqual({
      event: "change",
      data: JSON.stringify({ familyId: familyA.id, kind: "read" }),
    });
    abort.abort();
    expect(await events.next()).toBeNull();
  });

  it("a parent hears their own family; a family joining the caseload later is followed from the next heartbeat", async () => {
    const parent = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { parents: [parent], coach });
    const parentStream = await open(parent);
    await say(coach, family.id, "From the coach");
    expect(await parentStream.events.next()).toEqual({
      event: "change",
      data: JSON.stringify({ familyId: family.id, kind: "message" }),
    });
    parentStream.abort.abort();

    const newCoach = await makeActor(db(), "coach");
    const { events, abort } = await open(newCoach, 50);
    await db().insert(caseloads).values({ coachId: newCoach.id, familyId: family.id });
    // The heartbeat finds the new family: the page reloads (a new row), and its signals now arrive.
    expect(await events.next(5000)).toEqual({ event: "resync", data: "{}" });
    await say(parent, family.id, "Hello, new coach");
    expect(await events.next()).toEqual({
      event: "change",
      data: JSON.stringify({ familyId: family.id, kind: "message" }),
    });
    abort.abort();
  });

  it("ends at once when the session is revoked", async () => {
    const parent = await makeActor(db(), "parent");
    await makeFamily(db(), { parents: [parent], coach });
    const { events } = await open(parent);
    await revokeSession(parent.sessionId);
    expect(await events.next(3000)).toEqual({ event: "end", data: JSON.stringify({ reason: "session" }) });
    expect(await events.next()).toBeNull();
  });
});
