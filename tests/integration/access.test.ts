import crypto from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, caseloads, families } from "@/db/schema";
import { familyLink, shareReadChecksFor } from "@/lib/identity/family-access";
import { describeMe } from "@/lib/accounts/me";
import type { Actor } from "@/lib/identity/actor";
import { getFamilySummary, listFamiliesFor } from "@/lib/families/queries";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("who may see a family", (context) => {
  const db = () => context.handle.db;
  // Two families with their own parents and coaches, plus a coach with no families.
  let coach: Actor, otherCoach: Actor, idleCoach: Actor, admin: Actor;
  let parent: Actor, coParent: Actor, otherParent: Actor;
  let family: { id: string; name: string },
    secondFamily: { id: string; name: string },
    otherFamily: { id: string; name: string };

  beforeAll(async () => {
    [coach, otherCoach, idleCoach, admin, parent, coParent, otherParent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
    ]);
    family = await makeFamily(db(), { parents: [parent, coParent], coach, name: "B family" });
    secondFamily = await makeFamily(db(), { coach, name: "A family" });
    otherFamily = await makeFamily(db(), { parents: [otherParent], coach: otherCoach, name: "C family" });
  });

  async function viewsOf(familyId: string) {
    return db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.familyId, familyId), eq(auditLog.action, "family.view")));
  }

  it("a member gets the family summary", async () => {
    const summary = await getFamilySummary(parent, family.id);
    expect(summary).toMatchObject({ id: family.id, name: "B family", archived: false });
    expect(summary.members.map((member) => member.id).sort()).toEqual([parent.id, coParent.id].sort());
    expect(summary.coaches).toEqual([{ id: coach.id, name: coach.name, email: coach.email }]);
    expect(Number.isNaN(Date.parse(summary.createdAt))).toBe(false);
    expect(JSON.stringify(summary)).not.toMatch(/password|session/i);
  });

  it("the coach whose caseload holds the family gets it", async () => {
    const summary = await getFamilySummary(coach, family.id);
    expect(summary.id).toBe(family.id);
    expect(summary.members).toHaveLength(2);
  });

  it("another family's parent gets not_found", async () => {
    await expectAppError(getFamilySummary(otherParent, family.id), "not_found");
    await expectAppError(getFamilySummary(parent, otherFamily.id), "not_found");
  });

  it("a coach without the family on their caseload gets not_found", async () => {
    await expectAppError(getFamilySummary(idleCoach, family.id), "not_found");
    await expectAppError(getFamilySummary(otherCoach, family.id), "not_found");
  });

  it("an invalid or unknown id is not_found, the same answer as a forbidden one", async () => {
    for (const id of ["not-a-uuid", "", "1 or 1=1", `${family.id}x`]) {
      await expectAppError(getFamilySummary(parent, id), "not_found");
      await expectAppError(getFamilySummary(coach, id), "not_found");
    }
    await expectAppError(getFamilySummary(coach, crypto.randomUUID()), "not_found");
    await expectAppError(getFamilySummary(admin, crypto.randomUUID()), "not_found");
  });

  it("a coach's view writes exactly one family.view audit row; a member's view writes none", async () => {
    const member = await makeActor(db(), "parent");
    const watched = await makeFamily(db(), { parents: [member], coach });
    await getFamilySummary(coach, watched.id);
    const rows = await viewsOf(watched.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: coach.id, targetType: "family", targetId: watched.id, outcome: "ok" });

    await getFamilySummary(member, watched.id);
    expect(await viewsOf(watched.id)).toHaveLength(1);

    await getFamilySummary(coach, watched.id);
    expect(await viewsOf(watched.id)).toHaveLength(2);
  });

  it("removing a coach from the caseload takes effect on the next request", async () => {
    const leaving = await makeActor(db(), "coach");
    const handedOver = await makeFamily(db(), { coach: leaving });
    await getFamilySummary(leaving, handedOver.id);

    await db()
      .delete(caseloads)
      .where(and(eq(caseloads.coachId, leaving.id), eq(caseloads.familyId, handedOver.id)));

    await expectAppError(getFamilySummary(leaving, handedOver.id), "not_found");
    expect(await listFamiliesFor(leaving)).toEqual([]);
  });

  it("listFamiliesFor: a parent sees their family, a coach their caseload by name, others nothing", async () => {
    expect(await listFamiliesFor(parent)).toEqual([{ id: family.id, name: "B family" }]);
    expect(await listFamiliesFor(otherParent)).toEqual([{ id: otherFamily.id, name: "C family" }]);
    const caseload = await listFamiliesFor(coach);
    const mine = caseload.filter((entry) => [family.id, secondFamily.id].includes(entry.id));
    expect(mine).toEqual([
      { id: secondFamily.id, name: "A family" },
      { id: family.id, name: "B family" },
    ]);
    expect(caseload.map((entry) => entry.id)).not.toContain(otherFamily.id);
    expect(await listFamiliesFor(idleCoach)).toEqual([]);
    expect(await listFamiliesFor(admin)).toEqual([]);
  });

  it("describeMe answers the documented shape and nothing more", async () => {
    expect(await describeMe(parent)).toStrictEqual({
      user: { id: parent.id, email: parent.email, name: parent.name, role: "parent" },
      families: [{ id: family.id, name: "B family" }],
    });
    const me = await describeMe(otherCoach);
    expect(me).toStrictEqual({
      user: { id: otherCoach.id, email: otherCoach.email, name: otherCoach.name, role: "coach" },
      families: [{ id: otherFamily.id, name: "C family" }],
    });
    expect(JSON.stringify(me)).not.toContain(otherCoach.sessionId);
  });

  it("an admin manages accounts, not families: every family is not_found", async () => {
    await expectAppError(getFamilySummary(admin, family.id), "not_found");
    await expectAppError(getFamilySummary(admin, otherFamily.id), "not_found");
  });

  it("denied views leave no family.view row", async () => {
    const [before] = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, otherFamily.id), eq(auditLog.action, "family.view")));
    await expectAppError(getFamilySummary(coach, otherFamily.id), "not_found");
    const [after] = await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, otherFamily.id), eq(auditLog.action, "family.view")));
    expect(after!.n).toBe(before!.n);
  });
  it("a page's reads share one access check per family; changes and unmarked actors check every time", async () => {
    const page = { ...parent };
    shareReadChecksFor(page);
    const first = await familyLink(db(), page, family.id);
    await db()
      .update(families)
      .set({ careVersion: first.careVersion + 1 })
      .where(eq(families.id, family.id));
    // The page keeps what it read at the start of its render; an API caller sees the new version.
    expect(await familyLink(db(), page, family.id)).toEqual(first);
    expect((await familyLink(db(), parent, family.id)).careVersion).toBe(first.careVersion + 1);
    expect((await familyLink(db(), page, family.id, "change")).careVersion).toBe(first.careVersion + 1);
    // A refusal is shared too, and another family is checked on its own.
    await expectAppError(familyLink(db(), page, otherFamily.id), "not_found");
    expect((await familyLink(db(), page, secondFamily.id).catch((error: unknown) => error)) instanceof Error).toBe(
      true,
    );
  });
});
