import crypto from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, documents, emailOutbox, families, providers } from "@/db/schema";
import { setPinnedArticles } from "@/lib/articles/pins";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import type { Actor } from "@/lib/identity/actor";
import { createChild, listChildren } from "@/lib/care-team/children";
import { setArchived } from "@/lib/coaching/archive";
import { createNote } from "@/lib/coaching/notes";
import { setTags } from "@/lib/coaching/tags";
import { deletionDueAt } from "@/lib/domain/record-deletion";
import { getDeletionState, restoreFamily, scheduleFamilyDeletion } from "@/lib/families/deletion";
import { purgeDueFamilies } from "@/lib/families/purge";
import { createInvite } from "@/lib/invites/create";
import { suggestInvite } from "@/lib/invites/suggestions";
import { markRead } from "@/lib/messages/reads";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { errorText, expectAppError, rejectionOf, rowsOf, uniqueEmail } from "./support/assertions";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { storeDocument } from "./support/uploads";
import { familyWithCoachRecords } from "./support/family-fixture";

const DAY = 86_400_000;

/**
 * Tables that never hold a family's data: accounts and their sign-in state. A parent's account is
 * theirs, not the family's (deleting it is an admin's act, with its own rules). Every other table
 * of the catalog must be filled by the fixture below, so a table added later fails this test
 * until the fixture writes to it and the purge is shown to empty it.
 */
const FAMILY_FREE = new Map([
  ["users", "accounts outlive a family; an admin deletes them"],
  ["sessions", "sign-in state of accounts"],
  ["login_attempts", "sign-in state of accounts"],
  // How an account signs in and what happened to it: its owner's, and deleted with the account
  // (tests/integration/user-deletion.test.ts).
  ["password_reset_tokens", "sign-in state of accounts"],
  ["totp_credentials", "sign-in state of accounts"],
  ["recovery_codes", "sign-in state of accounts"],
  ["email_codes", "sign-in state of accounts"],
  ["email_second_steps", "sign-in state of accounts"],
  ["passkeys", "sign-in state of accounts"],
  ["webauthn_challenges", "sign-in state of accounts"],
  ["security_events", "an account's own security log"],
  ["known_devices", "sign-in state of accounts"],
]);

/** Every base table of the app's schema, from the database's own catalog. */
async function catalogTables(db: Database): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((row) => row.name);
}

/** The tables holding any row that names one of these ids or strings, in any column. */
async function tablesMentioning(db: Database, needles: string[]): Promise<string[]> {
  const pattern = needles.map((needle) => needle.replace(/[^a-z0-9-]/giu, "")).join("|");
  const found: string[] = [];
  for (const table of await catalogTables(db)) {
    const quoted = sql.raw(`"${table.replaceAll('"', '""')}"`);
    const [row] = await rowsOf<{ n: number | string }>(
      db,
      sql`select count(*) as n from ${quoted} as t where to_jsonb(t)::text ~ ${pattern}`,
    );
    if (Number(row!.n) > 0) found.push(table);
  }
  return found;
}

/**
 * The family of the privacy fixture, with everything else a family can have: a coach's reply and
 * read mark, a pinned article, a queued email. Returns every id and string that is the family's.
 */
async function fullFamily(db: Database) {
  const world = await familyWithCoachRecords(db);
  const { family, parent, coach } = world;
  const reply = await sendMessage(
    coach,
    family.id,
    parseSendInput({ clientMessageId: crypto.randomUUID(), body: `Reply ${world.canary}` }),
  );
  await markRead(coach, family.id, world.values.messageId);
  await setPinnedArticles(coach, family.id, { slugs: ["what-is-a-qmha"] });
  await db.insert(emailOutbox).values({
    dedupeKey: `test:${family.id}`,
    recipientId: parent.id,
    familyId: family.id,
    toAddress: parent.email,
    subject: "A message is waiting",
    bodyText: "Open Clarity",
  });
  // A coach's suggestion, and a link that was refused an email already taken (counted per link).
  const suggestion = await suggestInvite(coach, family.id, { inviteeName: `Co-parent ${world.canary}` });
  const link = await createInvite(parent, { familyId: family.id });
  await expectAppError(
    signUpWithInvite({ token: link.token, name: "Taken", email: parent.email, password: "a long family passphrase" }),
    "email_taken",
  );
  const {
    familyId,
    childId,
    needId,
    markId,
    providerId,
    noteId,
    actionId,
    messageId,
    documentId,
    citationId,
    requestId,
    requestUpdateId,
    letterId,
  } = world.values;
  // The document's bytes are rows named by its stored file.
  const [{ fileId }] = (await db
    .select({ fileId: documents.fileId })
    .from(documents)
    .where(eq(documents.id, documentId))) as [{ fileId: string }];
  const needles = [
    world.canary,
    familyId,
    childId,
    needId,
    markId,
    providerId,
    noteId,
    actionId,
    messageId,
    documentId,
    citationId,
    requestId,
    requestUpdateId,
    letterId,
    fileId,
    reply.message.id,
    suggestion.id,
    link.id,
  ];
  return { ...world, needles };
}

describeEachDatabase("deleting a family's record", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coParent: Actor, coach: Actor, otherCoach: Actor, otherParent: Actor, admin: Actor;

  beforeAll(async () => {
    [parent, coParent, coach, otherCoach, otherParent, admin] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "admin"),
    ]);
    await makeFamily(db(), { parents: [otherParent], coach: otherCoach });
  });

  async function familyWithChild(name = "Riley") {
    const family = await makeFamily(db(), { parents: [parent, coParent], coach });
    await createChild(parent, family.id, { name });
    return family;
  }

  it("the confirmation counts what goes, and only a parent of the family may ask", async () => {
    const family = await familyWithChild();
    await sendMessage(parent, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hello" }));
    const before = await getDeletionState(parent, family.id);
    expect(before).toEqual({
      pending: null,
      counts: { children: 1, needs: 0, providers: 0, messages: 1, documents: 0, historyEntries: 1, parents: 2 },
    });
    await expectAppError(scheduleFamilyDeletion(coach, family.id), "forbidden");
    for (const stranger of [otherParent, otherCoach, admin])
      await expectAppError(scheduleFamilyDeletion(stranger, family.id), "not_found");
    expect((await getDeletionState(coach, family.id)).pending).toBeNull();

    const now = new Date("2026-11-02T10:00:00Z");
    const scheduled = await scheduleFamilyDeletion(parent, family.id, now);
    expect(scheduled.pending).toEqual({ requestedAt: now.toISOString(), dueAt: "2026-11-16T10:00:00.000Z" });
    await expectAppError(scheduleFamilyDeletion(coParent, family.id, now), "family_pending_deletion");
    await restoreFamily(parent, family.id, now);
  });

  it("during the grace period the record can be read but every write is refused with 409", async () => {
    const family = await familyWithChild("Reads");
    const { token } = await createInvite(parent, { familyId: family.id });
    await scheduleFamilyDeletion(parent, family.id);
    expect((await listChildren(coach, family.id)).map((child) => child.name)).toEqual(["Reads"]);
    const refusals = [
      () => createChild(parent, family.id, { name: "New" }),
      () => sendMessage(parent, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hi" })),
      () => sendMessage(coach, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "Hi" })),
      () => createNote(coach, family.id, { body: "note" }),
      () => setTags(coach, family.id, { tags: ["x"] }),
      () => setPinnedArticles(coach, family.id, { slugs: [] }),
      () => createInvite(coach, { familyId: family.id }),
      () => setArchived(coach, family.id, true),
      () => storeDocument(parent, family.id, { title: "Late paper", kind: "letter" }, Buffer.from("A letter.\n")),
    ];
    for (const refused of refusals) await expectAppError(refused(), "family_pending_deletion");
    // Joining through an invite made before the request is a change too.
    await expectAppError(
      signUpWithInvite({ token, name: "Late", email: uniqueEmail("late"), password: "a long family passphrase" }),
      "family_pending_deletion",
    );
    expect((await listChildren(parent, family.id)).map((child) => child.name)).toEqual(["Reads"]);
  });

  it("restore during the grace period works for a parent and for the coach; anyone else gets 404", async () => {
    const family = await familyWithChild();
    const now = new Date("2026-11-02T10:00:00Z");
    await expectAppError(restoreFamily(parent, family.id, now), "conflict");

    await scheduleFamilyDeletion(parent, family.id, now);
    for (const stranger of [otherParent, otherCoach, admin])
      await expectAppError(restoreFamily(stranger, family.id, now), "not_found");
    expect((await getDeletionState(parent, family.id)).pending).not.toBeNull();
    expect((await restoreFamily(coParent, family.id, new Date(now.getTime() + 13 * DAY))).pending).toBeNull();
    await createChild(parent, family.id, { name: "Writable again" });

    await scheduleFamilyDeletion(parent, family.id, now);
    expect((await restoreFamily(coach, family.id, now)).pending).toBeNull();
    const audit = await db()
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, family.id), eq(auditLog.action, "family.deletion_cancel")));
    expect(audit.map((row) => row.actorId).sort()).toEqual([coParent.id, coach.id].sort());
  });

  it("once the grace period is over the record cannot be restored, even before the purge ran", async () => {
    const family = await familyWithChild();
    const now = new Date("2026-11-02T10:00:00Z");
    await scheduleFamilyDeletion(parent, family.id, now);
    await expectAppError(restoreFamily(parent, family.id, deletionDueAt(now)), "not_found");
    expect((await getDeletionState(parent, family.id)).pending).not.toBeNull();
    expect(await purgeDueFamilies(db(), deletionDueAt(now))).toBe(1);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, family.id))).toEqual([]);
  });

  it("the purge waits for the grace period, and leaves restored families alone", async () => {
    const kept = await familyWithChild();
    const restored = await familyWithChild();
    const now = new Date("2026-11-02T10:00:00Z");
    await scheduleFamilyDeletion(parent, kept.id, now);
    await scheduleFamilyDeletion(parent, restored.id, now);
    await restoreFamily(parent, restored.id, now);
    expect(await purgeDueFamilies(db(), new Date(deletionDueAt(now).getTime() - 1))).toBe(0);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, kept.id))).toHaveLength(1);
    expect(await purgeDueFamilies(db(), deletionDueAt(now))).toBe(1);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, kept.id))).toHaveLength(0);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, restored.id))).toHaveLength(1);
    await expectAppError(getDeletionState(parent, kept.id), "not_found");
  });

  it("after the grace period the family's data is gone from every table of the catalog; audit rows keep ids and lose details", async () => {
    const full = await fullFamily(db());
    const neighbour = await familyWithChild("Neighbour");
    const tables = await catalogTables(db());
    // Every table of the catalog is either free of family data or filled by the fixture.
    const before = await tablesMentioning(db(), full.needles);
    expect(before).toEqual(tables.filter((table) => !FAMILY_FREE.has(table)));
    const detailedAudit = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, full.family.id), sql`${auditLog.details} is not null`));
    expect(detailedAudit[0]!.n).toBeGreaterThan(0);

    const now = new Date("2026-11-02T10:00:00Z");
    await scheduleFamilyDeletion(full.parent, full.family.id, now);
    expect(await purgeDueFamilies(db(), new Date(now.getTime() + 15 * DAY))).toBe(1);

    expect(await tablesMentioning(db(), full.needles)).toEqual(["audit_log"]);
    const audit = await db().select().from(auditLog).where(eq(auditLog.familyId, full.family.id));
    expect(audit.length).toBeGreaterThan(5);
    expect(audit.every((row) => row.details === null)).toBe(true);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(["family.deletion_request", "message.send", "family.purge"]),
    );
    expect(JSON.stringify(audit)).not.toContain(full.canary);
    // The neighbour on the same caseload lost nothing.
    expect((await listChildren(coach, neighbour.id)).map((child) => child.name)).toEqual(["Neighbour"]);
    expect(
      (await db().select({ n: count() }).from(providers).where(eq(providers.familyId, full.family.id)))[0]!.n,
    ).toBe(0);
  });

  it("the purge is the only path past the append-only tables", async () => {
    const family = await familyWithChild("History");
    await sendMessage(parent, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "audited" }));
    expect(errorText(await rejectionOf(db().delete(families).where(eq(families.id, family.id))))).toMatch(
      /append-only/,
    );
    expect(
      errorText(
        await rejectionOf(db().execute(sql`update audit_log set details = null where family_id = ${family.id}`)),
      ),
    ).toMatch(/append-only/);
    expect(errorText(await rejectionOf(db().execute(sql`select purge_family(${family.id}::uuid)`)))).toMatch(
      /not scheduled/,
    );
    // A refused purge changed nothing.
    expect((await listChildren(parent, family.id)).map((child) => child.name)).toEqual(["History"]);
    // Inside a purge, only the purged family's audit rows may change, and only to lose details.
    await scheduleFamilyDeletion(parent, family.id, new Date("2026-11-02T10:00:00Z"));
    const other = await familyWithChild("Other");
    await sendMessage(parent, other.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "audited" }));
    const outside = await rejectionOf(
      db().transaction(async (tx) => {
        await tx.execute(sql`select set_config('clarity.purging_family', ${family.id}, true)`);
        await tx.execute(sql`update audit_log set details = null where family_id = ${other.id}`);
      }),
    );
    expect(errorText(outside)).toMatch(/append-only/);
    const rewrite = await rejectionOf(
      db().transaction(async (tx) => {
        await tx.execute(sql`select set_config('clarity.purging_family', ${family.id}, true)`);
        await tx.execute(sql`update audit_log set action = 'rewritten' where family_id = ${family.id}`);
      }),
    );
    expect(errorText(rewrite)).toMatch(/append-only/);
    expect(await purgeDueFamilies(db(), new Date("2026-11-20T00:00:00Z"))).toBe(1);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, family.id))).toEqual([]);
  });

  it("a purge that fails part-way leaves the family whole, still scheduled, and the next run finishes it", async () => {
    const family = await familyWithChild("Whole");
    await sendMessage(parent, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body: "still here" }));
    const now = new Date("2026-11-02T10:00:00Z");
    await scheduleFamilyDeletion(parent, family.id, now);
    // A fault injected into the middle of the cascade: removing the family's messages fails.
    await db().execute(
      sql.raw(
        `create function fail_message_delete() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end; $$`,
      ),
    );
    await db().execute(
      sql.raw(
        `create trigger fail_message_delete before delete on messages for each row execute function fail_message_delete()`,
      ),
    );
    try {
      expect(errorText(await rejectionOf(purgeDueFamilies(db(), deletionDueAt(now))))).toMatch(/injected fault/);
    } finally {
      await db().execute(sql.raw(`drop trigger fail_message_delete on messages`));
      await db().execute(sql.raw(`drop function fail_message_delete()`));
    }
    expect((await listChildren(parent, family.id)).map((child) => child.name)).toEqual(["Whole"]);
    expect((await getDeletionState(parent, family.id)).counts).toMatchObject({
      children: 1,
      messages: 1,
      historyEntries: 1,
    });
    const details = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, family.id), eq(auditLog.action, "message.send")));
    expect(details).toEqual([{ details: { characters: 10 } }]);
    expect(await purgeDueFamilies(db(), deletionDueAt(now))).toBe(1);
    expect(await db().select({ id: families.id }).from(families).where(eq(families.id, family.id))).toEqual([]);
  });

  describe("side by side", () => {
    it("two purges running at once remove each due family exactly once", async () => {
      const now = new Date("2026-11-02T10:00:00Z");
      const doomed = [await familyWithChild(), await familyWithChild(), await familyWithChild()];
      for (const family of doomed) await scheduleFamilyDeletion(parent, family.id, now);
      const later = new Date(now.getTime() + 15 * DAY);
      const [a, b] = await Promise.all([purgeDueFamilies(db(), later), purgeDueFamilies(db(), later)]);
      expect(a + b).toBe(3);
      for (const family of doomed) {
        const purges = await db()
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.familyId, family.id), eq(auditLog.action, "family.purge")));
        expect(purges[0]!.n).toBe(1);
      }
    });
  });
});
