import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, careEvents, families, providers, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild, deleteChild, listChildren, updateChild } from "@/lib/care-team/children";
import { listCareEvents } from "@/lib/care-team/events";
import { familyGaps, familyTimeline } from "@/lib/care-team/gaps";
import { createNeed, createNeededService, deleteNeed, listNeeds, updateNeed } from "@/lib/care-team/needs";
import { createProvider, deleteProvider, getProvider, listProviders, updateProvider } from "@/lib/care-team/providers";
import { describeEachDatabase } from "./support/databases";
import { expectAppError, rejectionOf, errorText } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

const qmhaTherapist = (childIds: string[]) => ({
  name: "Dana Reyes",
  statedTitle: "Therapist",
  credentialId: "qmha",
  childIds,
  servicesDelivered: ["individual-therapy", "skills-training"],
  startOn: "2026-02-01",
  agency: "Bridgeway Youth Services",
});

describeEachDatabase("the care team", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor, otherCoach: Actor, admin: Actor;
  let familyId: string, otherFamilyId: string;

  beforeAll(async () => {
    [parent, coach, otherParent, otherCoach, admin] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    otherFamilyId = (await makeFamily(db(), { parents: [otherParent], coach: otherCoach })).id;
  });

  const providerCount = async () => (await db().select({ n: count() }).from(providers))[0]!.n;

  it("records a child, needs and a provider, and shows the gaps the engine finds", async () => {
    const child = await createChild(parent, familyId, { name: "Jordan", birthYear: 2015 });
    await createNeed(parent, familyId, child.id, { needId: "trauma", identifiedOn: "2026-01-05" });
    await createNeed(coach, familyId, child.id, { needId: "aggression", identifiedOn: "2026-01-05" });
    const qmha = await createProvider(parent, familyId, qmhaTherapist([child.id]));
    expect(qmha).toMatchObject({
      name: "Dana Reyes",
      // Oregon's old id, kept as an alias: stored as the Oregon title it names.
      credentialId: "or:qmha",
      credentialIds: ["or:qmha"],
      supervisor: null,
      childIds: [child.id],
      trainedIn: [],
      endOn: null,
      answers: {},
    });

    const gaps = await familyGaps(parent, familyId, "2026-03-01");
    const services = gaps.children[0]!.services;
    expect(services.find((s) => s.serviceId === "individual-therapy")).toMatchObject({
      status: "mismatch",
      needed: false,
      providerIds: [qmha.id],
      since: "2026-02-01",
      days: 28,
    });
    expect(services.find((s) => s.serviceId === "trauma-treatment")).toMatchObject({
      status: "missing",
      since: "2026-01-05",
      days: 55,
    });
    expect(gaps.flags).toEqual([expect.objectContaining({ providerId: qmha.id, kind: "title-not-clinical" })]);

    const lcsw = await createProvider(coach, familyId, {
      ...qmhaTherapist([child.id]),
      name: "Sam Ortiz",
      credentialId: "lcsw",
      servicesDelivered: ["trauma-treatment"],
      trainedIn: ["tf-cbt"],
      startOn: "2026-06-01",
    });
    const later = await familyGaps(parent, familyId, "2026-07-01");
    expect(later.children[0]!.services.find((s) => s.serviceId === "trauma-treatment")).toMatchObject({
      status: "covered",
      since: "2026-06-01",
      providerIds: [lcsw.id],
    });

    const picture = await familyTimeline(coach, familyId, { from: "2026-01-05", to: "2026-08-31", step: "week" });
    const trauma = picture.children[0]!.services.find((s) => s.serviceId === "trauma-treatment")!;
    expect(trauma.periods.map((p) => p.status)).toEqual(["missing", "covered"]);
  });

  it("refuses a timeline too long to answer, even when only the start is given", async () => {
    await expectAppError(familyTimeline(parent, familyId, { from: "1950-01-01", step: "week" }), "validation_failed");
  });

  it("places a back-dated provider where it belongs on the timeline", async () => {
    const child = await createChild(parent, familyId, { name: "Riley" });
    await createNeed(parent, familyId, child.id, { needId: "family-stress", identifiedOn: "2025-09-01" });
    // Recorded today, but she started in March.
    await createProvider(parent, familyId, {
      ...qmhaTherapist([child.id]),
      name: "Lee",
      credentialId: "lmft",
      servicesDelivered: ["family-therapy"],
      startOn: "2026-03-02",
    });
    const picture = await familyTimeline(parent, familyId, { from: "2025-09-01", to: "2026-06-01", step: "month" });
    const therapy = picture.children
      .find((c) => c.childId === child.id)!
      .services.find((s) => s.serviceId === "family-therapy")!;
    expect(therapy.periods).toEqual([
      { status: "missing", from: "2025-09-01", to: "2026-03-01", steps: 7 },
      { status: "covered", from: "2026-04-01", to: "2026-06-01", steps: 3 },
    ]);
  });

  it("writes a care event for every change, in plain data, newest first", async () => {
    const child = await createChild(parent, familyId, { name: "Avery" });
    await updateChild(coach, familyId, child.id, { name: "Avery J." });
    const need = await createNeed(parent, familyId, child.id, { needId: "school-refusal", identifiedOn: "2026-01-10" });
    await updateNeed(parent, familyId, child.id, need.id, { resolvedOn: "2026-04-01" });
    const provider = await createProvider(parent, familyId, qmhaTherapist([child.id]));
    await updateProvider(parent, familyId, provider.id, { endOn: "2026-05-31" });
    await deleteProvider(parent, familyId, provider.id);

    const { events } = await listCareEvents(parent, familyId, { limit: 7 });
    expect(events.map((event) => event.action)).toEqual([
      "provider.removed",
      "provider.ended",
      "provider.added",
      "need.resolved",
      "need.added",
      "child.updated",
      "child.added",
    ]);
    expect(events[1]).toMatchObject({
      subject: { name: "Dana Reyes" },
      changes: { endOn: { from: null, to: "2026-05-31" } },
      actor: { id: parent.id },
    });
    expect(events[5]).toMatchObject({ changes: { name: { from: "Avery", to: "Avery J." } }, actor: { id: coach.id } });
  });

  it("moves a provider to another child with a patch of the children alone", async () => {
    const [first, second] = [
      await createChild(parent, familyId, { name: "First" }),
      await createChild(parent, familyId, { name: "Second" }),
    ];
    const provider = await createProvider(parent, familyId, qmhaTherapist([first.id]));
    const moved = await updateProvider(coach, familyId, provider.id, { childIds: [second.id] });
    expect(moved.childIds).toEqual([second.id]);
    expect(moved.name).toBe("Dana Reyes");
    const { events } = await listCareEvents(parent, familyId, { limit: 1 });
    expect(events[0]).toMatchObject({
      action: "provider.updated",
      changes: { childIds: { from: [first.id], to: [second.id] } },
    });
  });

  it("pages through the history with a cursor", async () => {
    const first = await listCareEvents(parent, familyId, { limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listCareEvents(parent, familyId, { before: Number(first.nextCursor), limit: 2 });
    expect(second.events[0]!.id).toBeLessThan(first.events[1]!.id);
  });

  it("keeps a removed child's history, and removes their needs", async () => {
    const child = await createChild(parent, familyId, { name: "Temporary" });
    await createNeed(parent, familyId, child.id, { needId: "psychosis", identifiedOn: "2026-01-01" });
    await deleteChild(parent, familyId, child.id);
    expect((await listChildren(parent, familyId)).some((c) => c.id === child.id)).toBe(false);
    const { events } = await listCareEvents(parent, familyId, { limit: 3 });
    expect(events[0]).toMatchObject({ action: "child.removed", subject: { name: "Temporary" } });
    await expectAppError(listNeeds(parent, familyId, child.id), "not_found");
  });

  describe("bad input loses nothing", () => {
    it("refuses another family's child on a provider, and writes nothing", async () => {
      const theirs = await createChild(otherParent, otherFamilyId, { name: "Not yours" });
      const before = await providerCount();
      const error = await expectAppError(
        createProvider(parent, familyId, qmhaTherapist([theirs.id])),
        "validation_failed",
      );
      expect(error.fields).toHaveProperty("childIds");
      expect(await providerCount()).toBe(before);
    });

    it("refuses an end before the stored start, and a resolution before the stored identification", async () => {
      const child = await createChild(parent, familyId, { name: "Casey" });
      const provider = await createProvider(parent, familyId, qmhaTherapist([child.id]));
      expect(
        (
          await expectAppError(
            updateProvider(parent, familyId, provider.id, { endOn: "2026-01-31" }),
            "validation_failed",
          )
        ).fields,
      ).toHaveProperty("endOn");
      expect((await getProvider(parent, familyId, provider.id)).endOn).toBeNull();
      const need = await createNeed(parent, familyId, child.id, { needId: "trauma", identifiedOn: "2026-03-01" });
      expect(
        (
          await expectAppError(
            updateNeed(parent, familyId, child.id, need.id, { resolvedOn: "2026-02-01" }),
            "validation_failed",
          )
        ).fields,
      ).toHaveProperty("resolvedOn");
    });

    it("keeps question answers, merging and clearing them", async () => {
      const child = await createChild(parent, familyId, { name: "Quinn" });
      const provider = await createProvider(parent, familyId, {
        ...qmhaTherapist([child.id]),
        answers: { licensed: { answer: "No, I'm a QMHA.", askedOn: "2026-02-03" } },
      });
      const updated = await updateProvider(parent, familyId, provider.id, {
        answers: { oversight: { answer: "Our clinical supervisor, an LCSW.", askedOn: "2026-02-10" }, licensed: null },
      });
      expect(updated.answers).toEqual({
        oversight: { answer: "Our clinical supervisor, an LCSW.", askedOn: "2026-02-10" },
      });
      const gaps = await familyGaps(parent, familyId, "2026-03-01");
      expect(gaps.flags.find((flag) => flag.providerId === provider.id)?.questionIds).not.toContain("oversight");
    });
  });

  describe("who may see and change it", () => {
    let childId: string, providerId: string, needId: string;
    beforeAll(async () => {
      const child = await createChild(parent, familyId, { name: "Private" });
      childId = child.id;
      providerId = (await createProvider(parent, familyId, qmhaTherapist([child.id]))).id;
      needId = (await createNeed(parent, familyId, child.id, { needId: "trauma", identifiedOn: "2026-01-01" })).id;
    });

    it.each([
      ["a parent of another family", () => otherParent],
      ["a coach without the family", () => otherCoach],
      ["an admin", () => admin],
    ])("%s gets a 404 from every read and write, and nothing changes", async (_who, who) => {
      const actor = who();
      const attempts = [
        () => listChildren(actor, familyId),
        () => createChild(actor, familyId, { name: "Intruder" }),
        () => updateChild(actor, familyId, childId, { name: "Renamed" }),
        () => deleteChild(actor, familyId, childId),
        () => listNeeds(actor, familyId, childId),
        () => createNeed(actor, familyId, childId, { needId: "trauma", identifiedOn: "2026-01-01" }),
        () => deleteNeed(actor, familyId, childId, needId),
        () =>
          createNeededService(actor, familyId, childId, { serviceId: "respite", markedOn: "2026-01-01", reason: "x" }),
        () => listProviders(actor, familyId),
        () => getProvider(actor, familyId, providerId),
        () => updateProvider(actor, familyId, providerId, { name: "Renamed" }),
        () => deleteProvider(actor, familyId, providerId),
        () => familyGaps(actor, familyId, "2026-03-01"),
        () => familyTimeline(actor, familyId, { step: "week" }),
        () => listCareEvents(actor, familyId, { limit: 10 }),
      ];
      // Started one at a time: a rejection nobody awaits yet would be reported as unhandled.
      for (const attempt of attempts) await expectAppError(attempt(), "not_found");
      expect((await getProvider(parent, familyId, providerId)).name).toBe("Dana Reyes");
      expect((await listChildren(parent, familyId)).find((c) => c.id === childId)?.name).toBe("Private");
    });

    it("answers 404 for ids of another family reached through this one", async () => {
      const theirChild = await createChild(otherParent, otherFamilyId, { name: "Theirs" });
      const theirProvider = await createProvider(otherParent, otherFamilyId, qmhaTherapist([theirChild.id]));
      await expectAppError(listNeeds(parent, familyId, theirChild.id), "not_found");
      await expectAppError(getProvider(parent, familyId, theirProvider.id), "not_found");
      await expectAppError(updateChild(parent, familyId, theirChild.id, { name: "Mine now" }), "not_found");
      await expectAppError(getProvider(parent, familyId, "not-a-uuid"), "not_found");
    });
  });

  it("writes a coach's reads of the care records to the audit log, never a parent's", async () => {
    const views = async (actorId: string) =>
      (
        await db()
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, "care.view"), eq(auditLog.familyId, familyId)))
      )[0]!.n;
    const [coachBefore, parentBefore] = [await views(coach.id), await views(parent.id)];
    await familyGaps(coach, familyId, "2026-03-01");
    await listProviders(coach, familyId);
    await familyGaps(parent, familyId, "2026-03-01");
    expect(await views(coach.id)).toBe(coachBefore + 2);
    expect(await views(parent.id)).toBe(parentBefore);
  });

  describe("the history is append-only", () => {
    it("refuses to change or delete a care event", async () => {
      const [event] = await db().select().from(careEvents).limit(1);
      expect(
        errorText(await rejectionOf(db().execute(sql`update care_events set action = 'x' where id = ${event!.id}`))),
      ).toMatch(/append-only/);
      expect(errorText(await rejectionOf(db().execute(sql`delete from care_events where id = ${event!.id}`)))).toMatch(
        /append-only/,
      );
      expect(errorText(await rejectionOf(db().execute(sql`truncate care_events`)))).toMatch(/append-only/);
    });

    it("lets a removed user's events forget who acted, and nothing else", async () => {
      const leaving = await makeActor(db(), "parent");
      const family = await makeFamily(db(), { parents: [leaving] });
      await createChild(leaving, family.id, { name: "Stays" });
      await db().delete(users).where(eq(users.id, leaving.id));
      const [event] = await db().select().from(careEvents).where(eq(careEvents.familyId, family.id));
      expect(event).toMatchObject({ actorId: null, action: "child.added", subject: { name: "Stays" } });
    });

    it("lets only the purge of a family scheduled for deletion take its history with it", async () => {
      const family = await makeFamily(db(), { parents: [parent] });
      await createChild(parent, family.id, { name: "Gone" });
      expect(errorText(await rejectionOf(db().delete(families).where(eq(families.id, family.id))))).toMatch(
        /append-only/,
      );
      await db().update(families).set({ deletionDueAt: new Date() }).where(eq(families.id, family.id));
      await db().execute(sql`select purge_family(${family.id}::uuid)`);
      expect((await db().select({ n: count() }).from(careEvents).where(eq(careEvents.familyId, family.id)))[0]!.n).toBe(
        0,
      );
    });
  });
});
