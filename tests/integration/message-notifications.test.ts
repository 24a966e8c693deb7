import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { emailOutbox, familyMembers, messages, users } from "@/db/schema";
import { type Actor } from "@/lib/identity/actor";
import { recentEmails, sendPendingEmails } from "@/lib/email/outbox";
import { logTransport, type MailTransport, type OutgoingEmail } from "@/lib/email/transport";
import { queueDueNotifications } from "@/lib/messages/notifications";
import { markRead } from "@/lib/messages/reads";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

const MINUTE = 60_000;
const SECRET = "the medication dose changed to 20mg";

describeEachDatabase("unread-message emails", (context) => {
  const db = () => context.handle.db;
  const send = (actor: Actor, familyId: string, body = SECRET) =>
    sendMessage(actor, familyId, parseSendInput({ clientMessageId: crypto.randomUUID(), body }));
  const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE);
  const emailsFor = async (familyId: string) =>
    db().select().from(emailOutbox).where(eq(emailOutbox.familyId, familyId));

  it("one email per recipient after 15 unread minutes, none for the author, none again until read, then one per quiet period", async () => {
    const [coach, parent, coParent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
    ]);
    const family = await makeFamily(db(), { parents: [parent, coParent], coach });

    await send(coach, family.id);
    expect(await queueDueNotifications(db(), at(14))).toBe(0);
    expect(await queueDueNotifications(db(), at(16))).toBe(2);
    const first = await emailsFor(family.id);
    expect(first.map((email) => email.toAddress).sort()).toEqual([parent.email, coParent.email].sort());
    for (const email of first) {
      expect(email.bodyText).not.toContain(SECRET);
      expect(email.subject).not.toContain(SECRET);
      expect(email.bodyText).toContain(`/families/${family.id}/messages`);
    }

    // More messages in the same unread stretch: no more emails, however long they wait.
    await send(coach, family.id, "and another thing");
    expect(await queueDueNotifications(db(), at(17))).toBe(0);
    expect(await queueDueNotifications(db(), at(60))).toBe(0);

    // The parent reads; a new message then waits: one new email for that parent only.
    const latest = await send(coach, family.id, "third");
    await markRead(parent, family.id, latest.message.id);
    const next = await send(coach, family.id, "fourth");
    expect(await queueDueNotifications(db(), at(70))).toBe(1);
    expect((await emailsFor(family.id)).filter((email) => email.toAddress === parent.email)).toHaveLength(2);

    // Read again and a reply at once: still within the quiet period after the last email.
    await markRead(parent, family.id, next.message.id);
    await send(coach, family.id, "fifth");
    expect(await queueDueNotifications(db(), at(80))).toBe(0);
    expect(await queueDueNotifications(db(), at(86))).toBe(1);

    // The coach is a recipient too, of what parents write.
    await send(parent, family.id, "a question for the coach");
    expect(await queueDueNotifications(db(), at(14))).toBe(0);
    expect(await queueDueNotifications(db(), at(110))).toBe(1);
    expect((await emailsFor(family.id)).filter((email) => email.toAddress === coach.email)).toHaveLength(1);
  });

  it("the sender claims each email once, even with two senders at once; without SMTP it logs the outbox id and subject only", async () => {
    const [coach, parent] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "parent")]);
    const family = await makeFamily(db(), { parents: [parent], coach, name: "The Okonkwo-Lindqvist family" });
    await send(coach, family.id);
    await db().delete(emailOutbox);
    await send(coach, family.id);
    expect(await queueDueNotifications(db(), at(16))).toBeGreaterThanOrEqual(1);

    const delivered: OutgoingEmail[] = [];
    const recording: MailTransport = { name: "smtp", send: async (email) => void delivered.push(email) };
    const [a, b] = await Promise.all([
      sendPendingEmails(db(), recording, at(16)),
      sendPendingEmails(db(), recording, at(16)),
    ]);
    const pending = await db().select().from(emailOutbox);
    expect(a + b).toBe(pending.length);
    expect(delivered).toHaveLength(pending.length);
    expect(new Set(delivered.map((email) => email.to)).size).toBe(delivered.length);
    expect(pending.every((email) => email.sentAt !== null)).toBe(true);
    expect(await sendPendingEmails(db(), recording, at(20))).toBe(0);

    // Without SMTP_URL: the log line names the outbox row and subject, never the address or text.
    await db().delete(emailOutbox);
    await markRead(parent, family.id, (await send(coach, family.id)).message.id);
    await send(coach, family.id);
    await queueDueNotifications(db(), at(16));
    expect(await emailsFor(family.id)).toHaveLength(1);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await sendPendingEmails(db(), logTransport, at(16))).toBeGreaterThanOrEqual(1);
      const lines = log.mock.calls.map((call) => call.join(" "));
      const [queued] = await emailsFor(family.id);
      expect(lines.some((line) => line.includes(queued!.id) && line.includes(queued!.subject))).toBe(true);
      expect(lines.join("\n")).not.toContain(parent.email);
      expect(lines.join("\n")).not.toContain(SECRET);
      expect(lines.join("\n")).not.toContain("Sign in to read it");
    } finally {
      log.mockRestore();
    }
    const mailbox = (await recentEmails(db())).filter((email) => email.to === parent.email);
    expect(mailbox).toHaveLength(1);
    expect(mailbox[0]).toMatchObject({ transport: "log" });
    // For an admin a family does not exist: neither its name nor its id is shown.
    expect(mailbox[0]!.body).not.toContain("Okonkwo-Lindqvist");
    expect(mailbox[0]!.body).not.toContain(family.id);
    expect(mailbox[0]!.body).toContain("[a family]");
    expect(mailbox[0]!.sentAt).not.toBeNull();
  });

  it("a failing transport leaves the email for a later attempt", async () => {
    const [coach, parent] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "parent")]);
    const family = await makeFamily(db(), { parents: [parent], coach });
    await db().delete(emailOutbox);
    await send(coach, family.id);
    await queueDueNotifications(db(), at(16));
    const failing: MailTransport = { name: "smtp", send: async () => Promise.reject(new Error("smtp down")) };
    expect(await sendPendingEmails(db(), failing, at(16))).toBe(0);
    const [row] = await emailsFor(family.id);
    expect(row).toMatchObject({ sentAt: null, attempts: 1, lastError: "Error" });
    // The claim holds for a while, then the email is tried again.
    const delivered: string[] = [];
    const ok: MailTransport = { name: "smtp", send: async (email) => void delivered.push(email.to) };
    expect(await sendPendingEmails(db(), ok, at(17))).toBe(0);
    await sendPendingEmails(db(), ok, at(20));
    expect(delivered.filter((to) => to === parent.email)).toHaveLength(1);
    expect((await emailsFor(family.id))[0]).toMatchObject({ attempts: 2, transport: "smtp" });
  });
  it("recipients already emailed for their unread stretch never crowd out a new one, however many there are", async () => {
    const coach = await makeActor(db(), "coach");
    const family = await makeFamily(db(), { coach });
    await db().delete(emailOutbox);
    // 3,000 parents emailed an hour ago about a two-hour-old message they still have not read
    // (past the quiet period, so only the dedupe key tells them apart), then one parent who joined
    // later and is due an email now. Rows go in directly: 600 sign-ups would be slow.
    const stale = await db()
      .insert(users)
      .values(
        Array.from({ length: 3000 }, (_, index) => ({
          role: "parent" as const,
          email: `stale-${index}-${Date.now()}@test.clarity.test`,
          name: `Stale ${index}`,
          passwordHash: "x",
        })),
      )
      .returning({ id: users.id, email: users.email });
    await db()
      .insert(familyMembers)
      .values(stale.map((user) => ({ familyId: family.id, userId: user.id })));
    await db()
      .insert(messages)
      .values({
        familyId: family.id,
        authorId: coach.id,
        clientMessageId: crypto.randomUUID(),
        body: "hello",
        createdAt: at(-120),
      });
    await db()
      .insert(emailOutbox)
      .values(
        stale.map((user) => ({
          dedupeKey: `unread:${family.id}:${user.id}:0`,
          recipientId: user.id,
          familyId: family.id,
          toAddress: user.email,
          subject: "s",
          bodyText: "b",
          createdAt: at(-60),
        })),
      );
    const newcomer = await makeActor(db(), "parent");
    const newFamily = await makeFamily(db(), { parents: [newcomer], coach });
    await db()
      .insert(messages)
      .values({
        familyId: newFamily.id,
        authorId: coach.id,
        clientMessageId: crypto.randomUUID(),
        body: "hello",
        createdAt: at(-20),
      });

    expect(await queueDueNotifications(db(), at(0))).toBe(1);
    expect((await emailsFor(newFamily.id)).map((email) => email.recipientId)).toEqual([newcomer.id]);
  });

  it("more recipients due at once than one pass takes all get their email in the same run", async () => {
    const coach = await makeActor(db(), "coach");
    const family = await makeFamily(db(), { coach });
    const parents = await db()
      .insert(users)
      .values(
        Array.from({ length: 1101 }, (_, index) => ({
          role: "parent" as const,
          email: `due-${index}-${Date.now()}@test.clarity.test`,
          name: `Due ${index}`,
          passwordHash: "x",
        })),
      )
      .returning({ id: users.id });
    await db()
      .insert(familyMembers)
      .values(parents.map((user) => ({ familyId: family.id, userId: user.id })));
    await db()
      .insert(messages)
      .values({
        familyId: family.id,
        authorId: coach.id,
        clientMessageId: crypto.randomUUID(),
        body: "hello",
        createdAt: at(-30),
      });
    expect(await queueDueNotifications(db(), at(0))).toBe(1101);
    expect(await queueDueNotifications(db(), at(0))).toBe(0);
  });
});
