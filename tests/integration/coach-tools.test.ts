import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, caseloads, families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { listAccessLog } from "@/lib/audit/access-log";
import { listProviders } from "@/lib/care-team/providers";
import { createAction, listActions, updateAction } from "@/lib/coaching/actions";
import { setArchived } from "@/lib/coaching/archive";
import { createNote, deleteNote, listNotes, updateNote } from "@/lib/coaching/notes";
import { listTags, setTags } from "@/lib/coaching/tags";
import { getFamilySummary } from "@/lib/families/queries";
import { parseWith } from "@/lib/core/validation";
import {
  accessLogQuerySchema,
  createActionSchema,
  noteInputSchema,
  tagsInputSchema,
  updateActionSchema,
} from "@/lib/schemas/coaching";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("a coach's notes, action items, tags and archive", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, coCoach: Actor, parent: Actor;
  let familyId: string;

  beforeAll(async () => {
    [coach, coCoach, parent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    const family = await makeFamily(db(), { parents: [parent], coach });
    familyId = family.id;
    // A family may have two coaches (a hand-over): both work from the same notes.
    await db().insert(caseloads).values({ coachId: coCoach.id, familyId });
  });

  it("notes are dated, newest first, with their author; only the author may change or delete one", async () => {
    const first = await createNote(
      coach,
      familyId,
      parseWith(noteInputSchema, { body: "  Called the agency.\nNo answer yet.  " }),
    );
    expect(first).toMatchObject({
      body: "Called the agency.\nNo answer yet.",
      author: { id: coach.id, name: coach.name },
      editable: true,
    });
    expect(Date.parse(first.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const second = await createNote(coCoach, familyId, { body: "Second note" });

    const seenByCoach = await listNotes(coach, familyId);
    expect(seenByCoach.map((note) => [note.id, note.editable])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);

    const edited = await updateNote(coach, familyId, first.id, { body: "Agency called back." });
    expect(edited.body).toBe("Agency called back.");
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt));

    await expectAppError(updateNote(coach, familyId, second.id, { body: "not mine" }), "forbidden");
    await expectAppError(deleteNote(coach, familyId, second.id), "forbidden");
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, second.id), eq(auditLog.outcome, "denied")));
    expect(denied.map((row) => row.action).sort()).toEqual(["note.delete", "note.update"]);
    expect((await listNotes(coCoach, familyId)).find((note) => note.id === second.id)?.body).toBe("Second note");

    await deleteNote(coCoach, familyId, second.id);
    expect((await listNotes(coach, familyId)).map((note) => note.id)).toEqual([first.id]);
    await expectAppError(deleteNote(coCoach, familyId, second.id), "not_found");
    await expectAppError(updateNote(coach, familyId, "not-an-id", { body: "x" }), "not_found");
  });

  it("the family's parent and strangers get 404 from every coach tool", async () => {
    const stranger = await makeActor(db(), "coach");
    const admin = await makeActor(db(), "admin");
    const note = await createNote(coach, familyId, { body: "private" });
    const action = await createAction(coach, familyId, { title: "private" });
    for (const actor of [parent, stranger, admin]) {
      await expectAppError(listNotes(actor, familyId), "not_found");
      await expectAppError(createNote(actor, familyId, { body: "x" }), "not_found");
      await expectAppError(updateNote(actor, familyId, note.id, { body: "x" }), "not_found");
      await expectAppError(deleteNote(actor, familyId, note.id), "not_found");
      await expectAppError(listActions(actor, familyId), "not_found");
      await expectAppError(createAction(actor, familyId, { title: "x" }), "not_found");
      await expectAppError(updateAction(actor, familyId, action.id, { done: true }), "not_found");
      await expectAppError(listTags(actor, familyId), "not_found");
      await expectAppError(setTags(actor, familyId, { tags: [] }), "not_found");
      await expectAppError(setArchived(actor, familyId, true), "not_found");
    }
  });

  it("action items: open ones first by due date, done ones after; done keeps its first date; overdue is open and past due", async () => {
    const family = await makeFamily(db(), { coach });
    const now = new Date("2026-11-25T18:00:00Z");
    const later = await createAction(
      coach,
      family.id,
      parseWith(createActionSchema, { title: "Later", dueOn: "2026-12-10" }),
      now,
    );
    const late = await createAction(
      coach,
      family.id,
      { title: "Ask the agency who supervises Jordan", dueOn: "2026-11-20" },
      now,
    );
    const undated = await createAction(coach, family.id, { title: "Someday", dueOn: null }, now);
    expect(late).toMatchObject({ overdue: true, done: false, doneAt: null, createdBy: { id: coach.id } });
    expect(later.overdue).toBe(false);

    const done = await updateAction(coach, family.id, late.id, parseWith(updateActionSchema, { done: true }), now);
    expect(done).toMatchObject({ done: true, overdue: false });
    const again = await updateAction(coach, family.id, late.id, { done: true }, new Date("2026-11-26T10:00:00Z"));
    expect(again.doneAt).toBe(done.doneAt);

    const list = await listActions(coach, family.id, now);
    expect(list.map((item) => item.title)).toEqual(["Later", "Someday", "Ask the agency who supervises Jordan"]);

    const reopened = await updateAction(
      coach,
      family.id,
      late.id,
      { done: false, title: "Ask again", dueOn: null },
      now,
    );
    expect(reopened).toMatchObject({ title: "Ask again", dueOn: null, done: false, overdue: false });
    expect((await updateAction(coach, family.id, undated.id, { dueOn: "2026-11-24" }, now)).overdue).toBe(true);

    await expectAppError(updateAction(coach, familyId, later.id, { done: true }), "not_found"); // an item of another family
    expect(updateActionSchema.safeParse({}).success).toBe(false);
    expect(updateActionSchema.safeParse({ done: "yes" }).success).toBe(false);
    expect(createActionSchema.safeParse({ title: "x", dueOn: "2026-02-30" }).success).toBe(false);
    expect(createActionSchema.safeParse({ title: "x", extra: 1 }).success).toBe(false);
    expect(createActionSchema.safeParse({ title: "   " }).success).toBe(false);
  });

  it("tags: whitespace normalised, unique whatever the case, 1 to 40 characters, at most 10", async () => {
    const family = await makeFamily(db(), { coach });
    const input = parseWith(tagsInputSchema, { tags: ["  IIBHT   referral ", "waitlist"] });
    expect(input.tags).toEqual(["IIBHT referral", "waitlist"]);
    expect(await setTags(coach, family.id, input)).toEqual(["IIBHT referral", "waitlist"]);
    expect(await listTags(coach, family.id)).toEqual(["IIBHT referral", "waitlist"]);
    expect(await setTags(coach, family.id, { tags: ["Waitlist"] })).toEqual(["Waitlist"]);
    expect(await setTags(coach, family.id, { tags: [] })).toEqual([]);

    expect(tagsInputSchema.safeParse({ tags: ["waitlist", "WAITLIST "] }).success).toBe(false);
    expect(tagsInputSchema.safeParse({ tags: ["x".repeat(41)] }).success).toBe(false);
    expect(tagsInputSchema.safeParse({ tags: ["x".repeat(40)] }).success).toBe(true);
    expect(tagsInputSchema.safeParse({ tags: ["   "] }).success).toBe(false);
    expect(tagsInputSchema.safeParse({ tags: ["a\u202Eb"] }).success).toBe(false);
    expect(tagsInputSchema.safeParse({ tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`) }).success).toBe(false);
    expect(tagsInputSchema.safeParse({ tags: Array.from({ length: 10 }, (_, i) => `tag ${i}`) }).success).toBe(true);
    expect(tagsInputSchema.safeParse({ tags: ["a"], more: true }).success).toBe(false);
  });

  it("note bodies: trimmed, line breaks kept, control characters and over 10,000 characters refused", () => {
    expect(noteInputSchema.safeParse({ body: "" }).success).toBe(false);
    expect(noteInputSchema.safeParse({ body: "a\u0000b" }).success).toBe(false);
    expect(noteInputSchema.safeParse({ body: "é".repeat(10_000) }).success).toBe(true);
    expect(noteInputSchema.safeParse({ body: "é".repeat(10_001) }).success).toBe(false);
    expect(noteInputSchema.safeParse({ body: "x", authorId: "someone" }).success).toBe(false);
  });

  it("archiving takes nothing away: the family, its records and its people stay; it can come back", async () => {
    const member = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { coach, parents: [member] });
    const archived = await setArchived(coach, family.id, true, new Date("2026-11-25T10:00:00Z"));
    expect(archived).toEqual({ archived: true, archivedAt: "2026-11-25T10:00:00.000Z" });
    expect((await setArchived(coach, family.id, true, new Date("2026-11-26T10:00:00Z"))).archivedAt).toBe(
      "2026-11-25T10:00:00.000Z",
    );
    expect((await getFamilySummary(member, family.id)).archived).toBe(true);
    expect(await listProviders(coach, family.id)).toEqual([]);
    expect(await setArchived(coach, family.id, false)).toEqual({ archived: false, archivedAt: null });
    const [row] = await db().select().from(families).where(eq(families.id, family.id));
    expect(row!.archivedAt).toBeNull();
    const actions = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, family.id), eq(auditLog.actorId, coach.id)));
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["family.archive", "family.unarchive"]));
  });

  it("the access log shows a family who opened its data, and when, newest first and a page at a time; never the coach's own records", async () => {
    const member = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { coach, parents: [member] });
    await getFamilySummary(coach, family.id);
    await listProviders(coach, family.id);
    await createNote(coach, family.id, { body: "secret" });
    await listNotes(coach, family.id);
    await setTags(coach, family.id, { tags: ["waitlist"] });
    await getFamilySummary(member, family.id); // a parent's own reads are not logged

    const all = await listAccessLog(member, family.id, parseWith(accessLogQuerySchema, {}));
    expect(all.entries.map((entry) => [entry.action, entry.what, entry.actor?.role])).toEqual([
      ["care.view", "providers", "coach"],
      ["family.view", "family", "coach"],
    ]);
    expect(all.entries[0]!.actor).toEqual({ id: coach.id, name: coach.name, role: "coach" });
    expect(all.nextCursor).toBeNull();

    const first = await listAccessLog(member, family.id, parseWith(accessLogQuerySchema, { limit: "1" }));
    expect(first.entries).toHaveLength(1);
    const second = await listAccessLog(
      coach,
      family.id,
      parseWith(accessLogQuerySchema, { limit: "1", before: first.nextCursor! }),
    );
    expect(second.entries.map((entry) => entry.action)).toEqual(["family.view"]);

    const stranger = await makeActor(db(), "parent");
    const admin = await makeActor(db(), "admin");
    await expectAppError(listAccessLog(stranger, family.id, { limit: 10 }), "not_found");
    await expectAppError(listAccessLog(admin, family.id, { limit: 10 }), "not_found");
    expect(accessLogQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(accessLogQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
  });
});
