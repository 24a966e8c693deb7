import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { createCoach, listCoaches } from "@/lib/admin/coaches";
import { listFamiliesForAdmin, moveFamily } from "@/lib/admin/families";
import { setAccountDisabled } from "@/lib/admin/users";
import type { Actor } from "@/lib/identity/actor";
import { verifyPassword } from "@/lib/identity/password";
import { resolveSession } from "@/lib/identity/sessions";
import { listAccessLog } from "@/lib/audit/access-log";
import { listChildren } from "@/lib/care-team/children";
import { createNote, listNotes } from "@/lib/coaching/notes";
import { getFamilySummary } from "@/lib/families/queries";
import { listPendingSuggestions, suggestInvite } from "@/lib/invites/suggestions";
import { parseWith } from "@/lib/core/validation";
import { createCoachSchema, moveFamilySchema } from "@/lib/schemas/admin";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, uniqueEmail } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("admin: coaches, accounts and moving families", (context) => {
  const db = () => context.handle.db;
  let admin: Actor, coach: Actor, newCoach: Actor, parent: Actor;

  beforeAll(async () => {
    [admin, coach, newCoach, parent] = await Promise.all([
      makeActor(db(), "admin"),
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
  });

  async function auditRows(action: string, actorId: string) {
    return db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.actorId, actorId)));
  }

  it("only an admin may use the admin tools; anyone else gets 404 and a denied audit row", async () => {
    for (const actor of [coach, parent]) {
      await expectAppError(listCoaches(actor), "not_found");
      await expectAppError(
        createCoach(actor, { email: uniqueEmail("x"), name: "X", password: "long enough pw" }),
        "not_found",
      );
      await expectAppError(setAccountDisabled(actor, parent.id, true), "not_found");
      await expectAppError(listFamiliesForAdmin(actor), "not_found");
      await expectAppError(moveFamily(actor, crypto.randomUUID(), { coachId: coach.id }), "not_found");
      expect((await auditRows("admin.user_disable", actor.id)).map((row) => row.outcome)).toEqual(["denied"]);
    }
    expect((await resolveSession(parent.sessionId))?.id).toBe(parent.id);
  });

  it("lists coaches with their family counts and creates a coach who can sign in with the first password", async () => {
    await makeFamily(db(), { coach });
    await makeFamily(db(), { coach });
    const input = parseWith(createCoachSchema, {
      email: ` ${uniqueEmail("Morgan").toUpperCase()} `,
      name: " Morgan Ellis ",
      password: "a first password",
    });
    const created = await createCoach(admin, input);
    expect(created).toMatchObject({ name: "Morgan Ellis", email: input.email, disabled: false, familyCount: 0 });
    expect(input.email).toBe(input.email.toLowerCase());

    const coaches = await listCoaches(admin);
    expect(coaches.find((row) => row.id === coach.id)?.familyCount).toBe(2);
    expect(coaches.find((row) => row.id === created.id)).toMatchObject({ familyCount: 0, disabled: false });
    expect(coaches.every((row) => !("passwordHash" in row))).toBe(true);
    const [row] = await db().select().from(users).where(eq(users.id, created.id));
    expect(row!.role).toBe("coach");
    expect(await verifyPassword(row!.passwordHash, "a first password")).toBe(true);
    expect((await auditRows("admin.coach_create", admin.id)).at(-1)).toMatchObject({
      targetId: created.id,
      outcome: "ok",
    });

    await expectAppError(createCoach(admin, { ...input, name: "Someone else" }), "email_taken");
    expect((await auditRows("admin.coach_create", admin.id)).at(-1)).toMatchObject({ outcome: "failed" });
    expect(createCoachSchema.safeParse({ email: uniqueEmail("y"), name: "Y", password: "short" }).success).toBe(false);
    expect(
      createCoachSchema.safeParse({ email: uniqueEmail("y"), name: "Y", password: "long enough", role: "admin" })
        .success,
    ).toBe(false);
  });

  it("disabling an account ends its sessions on the next request; enabling lets it sign in again, not revive old sessions", async () => {
    const target = await makeActor(db(), "coach");
    expect((await resolveSession(target.sessionId))?.id).toBe(target.id);
    expect(await setAccountDisabled(admin, target.id, true)).toEqual({ id: target.id, disabled: true });
    expect(await resolveSession(target.sessionId)).toBeNull();
    expect((await listCoaches(admin)).find((row) => row.id === target.id)?.disabled).toBe(true);
    expect(await setAccountDisabled(admin, target.id, false)).toEqual({ id: target.id, disabled: false });
    expect(await resolveSession(target.sessionId)).toBeNull();
    expect((await auditRows("admin.user_disable", admin.id)).at(-1)).toMatchObject({
      targetId: target.id,
      outcome: "ok",
    });
    expect((await auditRows("admin.user_enable", admin.id)).at(-1)).toMatchObject({
      targetId: target.id,
      outcome: "ok",
    });

    await expectAppError(setAccountDisabled(admin, admin.id, true), "conflict");
    expect((await resolveSession(admin.sessionId))?.id).toBe(admin.id);
    await expectAppError(setAccountDisabled(admin, crypto.randomUUID(), true), "not_found");
    await expectAppError(setAccountDisabled(admin, "nope", true), "not_found");
  });

  it("moving a family revokes the old coach on the very next request; the new coach gets the family and its notes", async () => {
    const member = await makeActor(db(), "parent");
    const family = await makeFamily(db(), { coach, parents: [member], name: "Moving family" });
    await createNote(coach, family.id, { body: "hand-over: ask about the supervisor" });
    await suggestInvite(coach, family.id, { inviteeName: "Sam" });
    expect((await getFamilySummary(coach, family.id)).id).toBe(family.id);

    const moved = await moveFamily(admin, family.id, parseWith(moveFamilySchema, { coachId: newCoach.id }));
    expect(moved).toEqual({
      id: family.id,
      name: "Moving family",
      archived: false,
      coaches: [{ id: newCoach.id, name: newCoach.name }],
      parents: 1,
      children: 0,
    });

    await expectAppError(getFamilySummary(coach, family.id), "not_found");
    await expectAppError(listChildren(coach, family.id), "not_found");
    await expectAppError(listNotes(coach, family.id), "not_found");
    expect((await listNotes(newCoach, family.id)).map((note) => note.body)).toEqual([
      "hand-over: ask about the supervisor",
    ]);
    expect((await getFamilySummary(member, family.id)).coaches.map((c) => c.id)).toEqual([newCoach.id]);
    // The old coach's suggestion for the family is no longer theirs to see or withdraw; it is the
    // family's to decide.
    expect(await listPendingSuggestions(coach)).toEqual([]);
    expect((await listPendingSuggestions(member)).map((suggestion) => suggestion.inviteeName)).toEqual(["Sam"]);

    const [row] = await auditRows("admin.family_move", admin.id).then((rows) =>
      rows.filter((r) => r.targetId === family.id),
    );
    expect(row).toMatchObject({
      outcome: "ok",
      familyId: family.id,
      details: { toCoachId: newCoach.id, fromCoachIds: coach.id },
    });
    // The family sees that it moved, and who moved it.
    const log = await listAccessLog(member, family.id, { limit: 10 });
    expect(log.entries[0]).toMatchObject({ action: "admin.family_move", actor: { id: admin.id, role: "admin" } });

    const listed = (await listFamiliesForAdmin(admin)).find((f) => f.id === family.id);
    expect(listed).toEqual({
      id: family.id,
      name: "Moving family",
      archived: false,
      coaches: [{ id: newCoach.id, name: newCoach.name }],
      parents: 1,
      children: 0,
    });
    expect(JSON.stringify(await listFamiliesForAdmin(admin))).not.toContain("supervisor");
    // An admin moving families still cannot read them.
    await expectAppError(getFamilySummary(admin, family.id), "not_found");
  });

  it("a family goes only to an active coach; an unknown family is 404; moving to the same coach changes nothing", async () => {
    const family = await makeFamily(db(), { coach: newCoach });
    const disabledCoach = await makeActor(db(), "coach");
    await setAccountDisabled(admin, disabledCoach.id, true);
    for (const coachId of [parent.id, admin.id, disabledCoach.id, crypto.randomUUID()]) {
      const error = await expectAppError(moveFamily(admin, family.id, { coachId }), "validation_failed");
      expect(Object.keys(error.fields ?? {})).toEqual(["coachId"]);
    }
    await expectAppError(moveFamily(admin, crypto.randomUUID(), { coachId: coach.id }), "not_found");
    await expectAppError(moveFamily(admin, "x", { coachId: coach.id }), "not_found");
    expect((await moveFamily(admin, family.id, { coachId: newCoach.id })).coaches.map((c) => c.id)).toEqual([
      newCoach.id,
    ]);
    expect((await getFamilySummary(newCoach, family.id)).id).toBe(family.id);
    expect(moveFamilySchema.safeParse({ coachId: "x" }).success).toBe(false);
    expect(moveFamilySchema.safeParse({}).success).toBe(false);
  });
});
