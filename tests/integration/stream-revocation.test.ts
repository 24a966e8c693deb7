import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { familyMembers, sessions } from "@/db/schema";
import { changePassword } from "@/lib/accounts/password";
import { signOutEverywhere } from "@/lib/accounts/sessions";
import { deleteUser, setAccountDisabled } from "@/lib/admin/users";
import type { Actor } from "@/lib/identity/actor";
import { revokeSession } from "@/lib/identity/sessions";
import { conversationStream } from "@/lib/messages/stream";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { config } from "@/lib/core/config";
import { eventReader } from "../support/sse";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

// Far longer than any wait below: a stream that ends here was not ended by its heartbeat.
const HEARTBEAT_MS = 10 * 60_000;
const PASSWORD = "correct horse battery";
const ended = { event: "end", data: JSON.stringify({ reason: "session" }) };

describeEachDatabase("a revoked or expired session's open streams close at once", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, admin: Actor;

  beforeAll(async () => {
    [coach, admin] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "admin")]);
  });

  /** A parent of a fresh family with one message in it, and an open stream for them. */
  async function openStream(actor?: Actor) {
    const parent = actor ?? (await makeActor(db(), "parent", PASSWORD));
    const family = await makeFamily(db(), { parents: [parent], coach });
    const abort = new AbortController();
    const events = eventReader(
      await conversationStream({
        actor: parent,
        familyId: family.id,
        after: 0,
        signal: abort.signal,
        heartbeatMs: HEARTBEAT_MS,
      }),
    );
    // The stream is live: a message sent now reaches it.
    await sendMessage(coach, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hello" }));
    expect((await events.next())?.event).toBe("message");
    return { parent, family, events, abort };
  }

  const endsWithin = async (events: ReturnType<typeof eventReader>, ms = 3000) => {
    expect(await events.next(ms)).toMatchObject(ended);
    expect(await events.next(ms)).toBeNull();
  };

  it("signing out (its session revoked) closes that session's stream, and only that one", async () => {
    const first = await openStream();
    const [other] = await db()
      .insert(sessions)
      .values({ userId: first.parent.id, sessionVersion: 1 })
      .returning({ id: sessions.id });
    const second = await openStream({ ...first.parent, sessionId: other!.id });
    await revokeSession(first.parent.sessionId);
    await endsWithin(first.events);
    // The other session's stream goes on: a message still reaches it.
    await sendMessage(
      coach,
      second.family.id,
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Still here" }),
    );
    expect((await second.events.next())?.event).toBe("message");
    second.abort.abort();
  });

  it("signing out everywhere, changing the password, disabling or deleting the account close the streams at once", async () => {
    const everywhere = await openStream();
    await signOutEverywhere(everywhere.parent);
    await endsWithin(everywhere.events);

    const password = await openStream();
    const [kept] = await db()
      .insert(sessions)
      .values({ userId: password.parent.id, sessionVersion: 1 })
      .returning({ id: sessions.id });
    // The session that changes the password stays; the stream of the one opened before ends.
    await changePassword({ ...password.parent, sessionId: kept!.id }, PASSWORD, "a brand new password", null);
    await endsWithin(password.events);

    const disabled = await openStream();
    await setAccountDisabled(admin, disabled.parent.id, true);
    await endsWithin(disabled.events);

    const deleted = await openStream();
    const coParent = await makeActor(db(), "parent");
    // (An account that is not its family's only parent may be deleted.)
    await db().insert(familyMembers).values({ familyId: deleted.family.id, userId: coParent.id });
    await deleteUser(admin, deleted.parent.id);
    await endsWithin(deleted.events);
  });

  for (const [limit, column] of [
    ["idle", "lastSeenAt"],
    ["absolute", "createdAt"],
  ] as const) {
    it(`a session that reaches its ${limit} limit closes its stream at that moment, not at the next heartbeat`, async () => {
      const parent = await makeActor(db(), "parent");
      const limitMs = limit === "idle" ? config.sessionIdleMs : config.sessionAbsoluteMs;
      // A few seconds of the session left when the stream opens.
      await db()
        .update(sessions)
        .set({ [column]: new Date(Date.now() - limitMs + 4000) })
        .where(eq(sessions.id, parent.sessionId));
      const opened = await openStream(parent);
      await endsWithin(opened.events, 10_000);
    });
  }
});
