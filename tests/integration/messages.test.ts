import crypto from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { auditLog, caseloads, messages, sessions } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { revokeSession } from "@/lib/identity/sessions";
import { listMessages, streamStart } from "@/lib/messages/queries";
import { markRead, unreadSummary } from "@/lib/messages/reads";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { CATCH_UP_MAX, conversationStream } from "@/lib/messages/stream";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";
import { eventReader } from "../support/sse";

describeEachDatabase("messaging", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, idleCoach: Actor, admin: Actor, parent: Actor, coParent: Actor, otherParent: Actor;
  let family: { id: string }, otherFamily: { id: string };

  beforeAll(async () => {
    [coach, idleCoach, admin, parent, coParent, otherParent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
    ]);
    family = await makeFamily(db(), { parents: [parent, coParent], coach });
    otherFamily = await makeFamily(db(), { parents: [otherParent], coach });
  });

  const send = (actor: Actor, body: string, clientMessageId: string = crypto.randomUUID(), familyId = family.id) =>
    sendMessage(actor, familyId, parseSendInput({ clientMessageId, body }));

  async function rowsWith(clientMessageId: string) {
    const [row] = await db().select({ n: count() }).from(messages).where(eq(messages.clientMessageId, clientMessageId));
    return row!.n;
  }

  it("a member sends a message: stored with its author, line breaks kept, and audited without its text", async () => {
    const body = "Hello coach,\nsee you Tuesday.\n\n<b>not bold</b>";
    const { message, created } = await send(parent, body);
    expect(created).toBe(true);
    expect(message).toMatchObject({ body, author: { id: parent.id, name: parent.name, role: "parent" } });
    expect(Number.isNaN(Date.parse(message.createdAt))).toBe(false);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "message.send"), eq(auditLog.targetId, message.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("see you Tuesday");
  });

  it("the same clientMessageId and body again returns the stored message, not a new one", async () => {
    const id = crypto.randomUUID();
    const first = await send(coach, "Retry me", id);
    const again = await send(coach, "Retry me", id);
    expect(again.created).toBe(false);
    expect(again.message).toEqual(first.message);
    expect(await rowsWith(id)).toBe(1);
  });

  it("concurrent identical sends create exactly one row", async () => {
    const id = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => send(parent, "At the same moment", id)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.message.id)).size).toBe(1);
    expect(await rowsWith(id)).toBe(1);
  });

  it("the same clientMessageId with another body is a conflict and changes nothing", async () => {
    const id = crypto.randomUUID();
    await send(parent, "Original", id);
    const error = await expectAppError(send(parent, "Edited", id), "conflict");
    expect(error.status).toBe(409);
    expect(error.fields?.clientMessageId).toEqual(expect.stringMatching(/\S/));
    // Used in another family by the same sender: a conflict too.
    await expectAppError(
      send(coach, "Original", (await send(coach, "Original")).message.clientMessageId, otherFamily.id),
      "conflict",
    );
    const [row] = await db().select().from(messages).where(eq(messages.clientMessageId, id));
    expect(row!.body).toBe("Original");
  });

  it("another sender may use the same clientMessageId (unique per sender)", async () => {
    const id = crypto.randomUUID();
    const a = await send(parent, "Mine", id);
    const b = await send(coParent, "Mine", id);
    expect(a.message.id).not.toBe(b.message.id);
    expect(await rowsWith(id)).toBe(2);
  });

  it("a body over 10,000 characters is refused as message_too_long (422) and nothing is written", async () => {
    const id = crypto.randomUUID();
    const tooLong = "é".repeat(10_001);
    let thrown: unknown;
    try {
      await send(parent, tooLong, id);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "message_too_long", status: 422 });
    expect(await rowsWith(id)).toBe(0);
    // Exactly 10,000 characters (emoji count as one) is fine.
    expect((await send(parent, "🙂".repeat(10_000))).created).toBe(true);
  });

  it("empty, blank and control-character bodies and bad ids are refused with field messages", () => {
    for (const input of [
      { clientMessageId: crypto.randomUUID(), body: "" },
      { clientMessageId: crypto.randomUUID(), body: " \n\t " },
      { clientMessageId: crypto.randomUUID(), body: "nul\u0000byte" },
      { clientMessageId: "not-a-uuid", body: "Hi" },
      { clientMessageId: crypto.randomUUID(), body: "Hi", extra: true },
    ]) {
      let thrown: unknown;
      try {
        parseSendInput(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(input)).toMatchObject({ code: "validation_failed", status: 400 });
    }
  });

  it("a member of another family, an unassigned coach and an admin get not_found everywhere", async () => {
    const { message } = await send(coach, "Private to this family");
    for (const outsider of [otherParent, idleCoach, admin]) {
      await expectAppError(listMessages(outsider, family.id), "not_found");
      await expectAppError(send(outsider, "Let me in"), "not_found");
      await expectAppError(markRead(outsider, family.id, message.id), "not_found");
      await expectAppError(streamStart(outsider, family.id, undefined), "not_found");
    }
    await expectAppError(listMessages(parent, "not-an-id"), "not_found");
    expect(
      (await listMessages(otherParent, otherFamily.id)).messages.every((m) => m.body !== "Private to this family"),
    ).toBe(true);
  });

  it("unread counts move as messages are sent and read", async () => {
    const fresh = await makeFamily(db(), { parents: [parent, coParent], coach });
    const unreadFor = async (actor: Actor) =>
      (await unreadSummary(actor)).families.find((entry) => entry.familyId === fresh.id)?.unread;
    expect(await unreadFor(parent)).toBe(0);
    expect(await unreadFor(coach)).toBe(0);

    await send(coach, "One", undefined, fresh.id);
    const second = await send(coach, "Two", undefined, fresh.id);
    expect(await unreadFor(parent)).toBe(2);
    expect(await unreadFor(coParent)).toBe(2);
    expect(await unreadFor(coach)).toBe(0); // one's own messages are never unread

    expect(await markRead(parent, fresh.id, second.message.id)).toEqual({ unread: 0 });
    expect(await unreadFor(parent)).toBe(0);
    expect(await unreadFor(coParent)).toBe(2);

    const reply = await send(parent, "Thanks", undefined, fresh.id);
    expect(await unreadFor(coach)).toBe(1);
    expect(await unreadFor(coParent)).toBe(3);
    expect(await unreadFor(parent)).toBe(0);

    // Reading an older message never moves the position back.
    await markRead(coach, fresh.id, reply.message.id);
    await markRead(coach, fresh.id, second.message.id);
    expect(await unreadFor(coach)).toBe(0);
    const summary = await unreadSummary(coParent);
    expect(summary.total).toBe(summary.families.reduce((sum, entry) => sum + entry.unread, 0));
    expect(await unreadSummary(admin)).toEqual({ total: 0, families: [] });

    // "Seen by": the readers' positions come with the conversation.
    const page = await listMessages(coParent, fresh.id);
    const seen = page.readers
      .filter((reader) => reader.lastReadPosition >= page.messages[0]!.position)
      .map((reader) => reader.user.id);
    expect(seen.sort()).toEqual([coach.id].sort());
  });

  it("marking read with a message of another family is refused", async () => {
    const { message } = await send(otherParent, "Elsewhere", undefined, otherFamily.id);
    await expectAppError(markRead(parent, family.id, message.id), "validation_failed");
  });

  it("pages go newest first and the cursor walks back without gaps or repeats", async () => {
    const fresh = await makeFamily(db(), { parents: [parent], coach });
    const sent: string[] = [];
    for (let i = 0; i < 7; i++)
      sent.push((await send(i % 2 ? coach : parent, `m${i}`, undefined, fresh.id)).message.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listMessages(parent, fresh.id, { before: cursor, limit: 3 });
      seen.push(...page.messages.map((message) => message.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...sent].reverse());
    expect((await listMessages(parent, fresh.id, { limit: 3 })).readers.map((reader) => reader.user.id).sort()).toEqual(
      [parent.id, coach.id].sort(),
    );
  });

  it("a live stream delivers a new message within a second and resumes after the last one it had", async () => {
    const fresh = await makeFamily(db(), { parents: [parent], coach });
    const before = await send(parent, "Before the stream", undefined, fresh.id);
    const abort = new AbortController();
    const start = await streamStart(coach, fresh.id, undefined);
    const events = eventReader(
      await conversationStream({ actor: coach, familyId: fresh.id, after: start, signal: abort.signal }),
    );

    const sentAt = Date.now();
    const live = await send(parent, "Live!", undefined, fresh.id);
    const event = await events.next(1000);
    expect(Date.now() - sentAt).toBeLessThan(1000);
    expect(event).toMatchObject({ event: "message", id: live.message.id });
    expect(JSON.parse(event!.data)).toEqual(live.message);
    abort.abort();
    expect(await events.next()).toBeNull();

    // Two more while disconnected; resuming after "before" replays the three in order, once each.
    const missed = [
      await send(parent, "Missed 1", undefined, fresh.id),
      await send(parent, "Missed 2", undefined, fresh.id),
    ];
    const again = new AbortController();
    const resumed = eventReader(
      await conversationStream({
        actor: coach,
        familyId: fresh.id,
        after: await streamStart(coach, fresh.id, before.message.id),
        signal: again.signal,
      }),
    );
    const replay = [await resumed.next(), await resumed.next(), await resumed.next()];
    expect(replay.map((item) => item?.id)).toEqual([live.message.id, ...missed.map((m) => m.message.id)]);
    await markRead(parent, fresh.id, missed[1]!.message.id);
    const readers = await resumed.next();
    expect(readers?.event).toBe("readers");
    again.abort();
  });

  it("a stream never refreshes the session's idle timer, and ends once the session is idle too long", async () => {
    const viewer = await makeActor(db(), "parent");
    const fresh = await makeFamily(db(), { parents: [viewer], coach });
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    await db().update(sessions).set({ lastSeenAt: twoMinutesAgo }).where(eq(sessions.id, viewer.sessionId));
    const abort = new AbortController();
    const events = eventReader(
      await conversationStream({ actor: viewer, familyId: fresh.id, after: 0, signal: abort.signal, heartbeatMs: 50 }),
    );
    await send(coach, "Keep reading", undefined, fresh.id);
    expect((await events.next())?.event).toBe("message");
    await new Promise((resolve) => setTimeout(resolve, 300)); // several heartbeats
    const [row] = await db()
      .select({ lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .where(eq(sessions.id, viewer.sessionId));
    expect(row!.lastSeenAt.getTime()).toBe(twoMinutesAgo.getTime());

    // The idle limit (30 minutes) passes with only the stream open: the stream ends.
    await db()
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.id, viewer.sessionId));
    expect(await events.next(2000)).toMatchObject({ event: "end", data: JSON.stringify({ reason: "session" }) });
    abort.abort();
  });

  it("a stream sends nothing of another family", async () => {
    const abort = new AbortController();
    const events = eventReader(
      await conversationStream({
        actor: otherParent,
        familyId: otherFamily.id,
        after: await streamStart(otherParent, otherFamily.id, undefined),
        signal: abort.signal,
      }),
    );
    await send(parent, "Not for the other family");
    const mine = await send(otherParent, "For us", undefined, otherFamily.id);
    expect((await events.next())?.id).toBe(mine.message.id);
    abort.abort();
  });

  it("a stream ends when the session is revoked or the coach leaves the family, and never touches the session", async () => {
    const viewer = await makeActor(db(), "parent");
    const fresh = await makeFamily(db(), { parents: [viewer], coach: idleCoach });
    const abort = new AbortController();
    const events = eventReader(
      await conversationStream({ actor: viewer, familyId: fresh.id, after: 0, signal: abort.signal, heartbeatMs: 100 }),
    );
    await revokeSession(viewer.sessionId);
    const end = await events.next(3000);
    expect(end).toMatchObject({ event: "end" });
    expect(JSON.parse(end!.data)).toEqual({ reason: "session" });
    expect(await events.next()).toBeNull();

    const leaving = await makeActor(db(), "coach");
    await db().insert(caseloads).values({ coachId: leaving.id, familyId: fresh.id });
    const coachEvents = eventReader(
      await conversationStream({
        actor: leaving,
        familyId: fresh.id,
        after: 0,
        signal: new AbortController().signal,
        heartbeatMs: 100,
      }),
    );
    await db()
      .delete(caseloads)
      .where(and(eq(caseloads.coachId, leaving.id), eq(caseloads.familyId, fresh.id)));
    expect(await coachEvents.next(3000)).toMatchObject({ event: "end", data: JSON.stringify({ reason: "forbidden" }) });
  });
  it("a client that leaves while its stream is still joining the feed leaves no heartbeat or catch-up behind", async () => {
    const fresh = await makeFamily(db(), { parents: [parent], coach });
    // Real timers, watched: every heartbeat interval (the only one of 20 ms) must be cleared again.
    const setSpy = vi.spyOn(globalThis, "setInterval");
    const clearSpy = vi.spyOn(globalThis, "clearInterval");
    try {
      const abort = new AbortController();
      const opening = conversationStream({
        actor: coach,
        familyId: fresh.id,
        after: 0,
        signal: abort.signal,
        heartbeatMs: 20,
      });
      abort.abort(); // while the stream is still reading and joining the feed (LISTEN)
      const events = eventReader(await opening);
      expect(await events.next()).toBeNull();
      const heartbeats = setSpy.mock.calls.flatMap((call, index) =>
        call[1] === 20 ? [setSpy.mock.results[index]!.value as unknown] : [],
      );
      const cleared = clearSpy.mock.calls.map((call) => call[0] as unknown);
      expect(heartbeats.filter((id) => !cleared.includes(id))).toEqual([]);
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
  });

  it("a stream more than CATCH_UP_MAX messages behind sends resync (with the newest id) instead of the history", async () => {
    const fresh = await makeFamily(db(), { parents: [parent], coach });
    const first = await send(parent, "The start", undefined, fresh.id);
    // Direct rows: sending 500 messages one by one would be slow.
    const rows = await db()
      .insert(messages)
      .values(
        Array.from({ length: CATCH_UP_MAX + 1 }, (_, index) => ({
          familyId: fresh.id,
          authorId: parent.id,
          clientMessageId: crypto.randomUUID(),
          body: `Missed ${index}`,
        })),
      )
      .returning({ id: messages.id, position: messages.position });
    const newest = rows.reduce((a, b) => (b.position > a.position ? b : a));
    const abort = new AbortController();
    const events = eventReader(
      await conversationStream({
        actor: coach,
        familyId: fresh.id,
        after: await streamStart(coach, fresh.id, first.message.id),
        signal: abort.signal,
      }),
    );
    expect(await events.next()).toMatchObject({ event: "resync", id: newest.id });
    // Then it goes on live from there.
    const live = await send(parent, "After the jump", undefined, fresh.id);
    expect(await events.next()).toMatchObject({ event: "message", id: live.message.id });
    abort.abort();

    // Within the limit, the missed messages are replayed as before.
    const near = eventReader(
      await conversationStream({
        actor: coach,
        familyId: fresh.id,
        after: rows[1]!.position,
        signal: new AbortController().signal,
      }),
    );
    const replayed = [];
    for (let index = 0; index < CATCH_UP_MAX; index++) replayed.push((await near.next())!.event);
    expect(new Set(replayed)).toEqual(new Set(["message"]));
  });
});
