import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { actionItems, auditLog, families, familyTags, providerChildren } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { adminFamilyPage } from "@/lib/admin/families";
import { caseloadPage, type CaseloadRow } from "@/lib/caseload/list";
import { createChild, deleteChild, updateChild } from "@/lib/care-team/children";
import { familyGaps } from "@/lib/care-team/gaps";
import { createNeed, createNeededService, deleteNeed, updateNeed } from "@/lib/care-team/needs";
import { createProvider, deleteProvider, updateProvider } from "@/lib/care-team/providers";
import { sendMessage } from "@/lib/messages/send";
import { caseloadTrends } from "@/lib/caseload/trends";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

// 8 pm in Oregon on 2026-11-25: the practice's today.
const NOW = new Date("2026-11-26T04:00:00Z");
const query = (input: Record<string, unknown> = {}) => caseloadQuerySchema.parse(input);

describeEachDatabase("the caseload", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, otherCoach: Actor, admin: Actor;
  const parents: Record<string, Actor> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [coach, otherCoach, admin] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
    ]);
    for (const name of ["Alder", "Birch", "Cedar", "Dogwood", "Fir", "Elm"]) {
      parents[name] = await makeActor(db(), "parent");
      ids[name] = (
        await makeFamily(db(), {
          parents: [parents[name]!],
          coach: name === "Elm" ? otherCoach : coach,
          name: `The ${name} family`,
        })
      ).id;
    }
    // Alder: the parent records a self-harm need three weeks ago and nobody plans for safety.
    const ana = await createChild(parents.Alder!, ids.Alder!, { name: "Ana" });
    await createNeed(parents.Alder!, ids.Alder!, ana.id, { needId: "self-harm", identifiedOn: "2026-11-04" });
    await db()
      .insert(actionItems)
      .values([
        {
          familyId: ids.Alder!,
          createdById: coach.id,
          title: "Call the crisis line with the family",
          dueOn: "2026-12-10",
        },
        { familyId: ids.Alder!, createdById: coach.id, title: "Ask who writes the safety plan", dueOn: "2026-12-01" },
        {
          familyId: ids.Alder!,
          createdById: coach.id,
          title: "Already done",
          dueOn: "2026-11-20",
          doneAt: new Date("2026-11-21T00:00:00Z"),
        },
      ]);
    // Birch: trauma treatment missing for a year and a half, recorded by the coach alone; a QMHA "therapist".
    const bo = await createChild(coach, ids.Birch!, { name: "Bo" });
    await createNeed(coach, ids.Birch!, bo.id, { needId: "trauma", identifiedOn: "2025-06-01" });
    await createProvider(coach, ids.Birch!, {
      name: "Kay",
      statedTitle: "Therapist",
      credentialId: "qmha",
      childIds: [bo.id],
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-01-01",
    });
    await db().insert(familyTags).values({ familyId: ids.Birch!, tag: "Waitlist" });
    // Cedar: nothing recorded, one message waiting for the coach.
    await sendMessage(parents.Cedar!, ids.Cedar!, { clientMessageId: randomUUID(), body: "Can we talk this week?" });
    // Dogwood: archived. Fir: nothing at all. Elm: another coach's family.
    await db()
      .update(families)
      .set({ archivedAt: new Date("2026-10-01T00:00:00Z") })
      .where(eq(families.id, ids.Dogwood!));
  });

  const names = (rows: CaseloadRow[]) => rows.map((row) => row.name.replace(/^The | family$/gu, ""));

  it("ranks safety gaps first, then the longest missing service, then unread messages", async () => {
    const page = await caseloadPage(coach, query(), NOW);
    expect(page.on).toBe("2026-11-25");
    expect(names(page.families)).toEqual(["Alder", "Birch", "Cedar", "Fir"]);
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();
    const [alder, birch, cedar, fir] = page.families;
    expect(alder).toMatchObject({
      children: [{ name: "Ana" }],
      safetyGap: true,
      unread: 0,
      newGaps30d: alder!.missing,
      nextAction: { title: "Ask who writes the safety plan", dueOn: "2026-12-01" },
      archived: false,
      coaches: [{ id: coach.id, name: coach.name }],
    });
    expect(alder!.missing).toBeGreaterThanOrEqual(2);
    expect(alder!.lastActivityAt).not.toBeNull();
    expect(birch).toMatchObject({
      safetyGap: false,
      longestMissing: { serviceId: expect.stringMatching(/^(diagnostic-assessment|trauma-treatment)$/u), days: 542 },
      mismatch: 1,
      tags: ["Waitlist"],
      lastActivityAt: null,
      newGaps30d: 0,
      nextAction: null,
    });
    expect(cedar).toMatchObject({ unread: 1, missing: 0, longestMissing: null, safetyGap: false });
    expect(Date.parse(cedar!.lastActivityAt!)).toBeLessThanOrEqual(Date.now());
    expect(fir).toMatchObject({
      children: [],
      missing: 0,
      mismatch: 0,
      unverified: 0,
      unread: 0,
      lastActivityAt: null,
      deletionDueAt: null,
    });
  });

  it("writes its timestamps exactly as the rest of the API does (ISO 8601, UTC, milliseconds)", async () => {
    const due = new Date("2027-01-02T03:04:05.067Z");
    await db().update(families).set({ deletionDueAt: due }).where(eq(families.id, ids.Fir!));
    try {
      const [stored] = await db()
        .select({ at: families.lastFamilyActivityAt })
        .from(families)
        .where(eq(families.id, ids.Cedar!));
      const rows = (await caseloadPage(coach, query(), NOW)).families;
      expect(rows.find((row) => row.familyId === ids.Cedar)!.lastActivityAt).toBe(stored!.at!.toISOString());
      expect(rows.find((row) => row.familyId === ids.Fir)!.deletionDueAt).toBe(due.toISOString());
    } finally {
      await db().update(families).set({ deletionDueAt: null }).where(eq(families.id, ids.Fir!));
    }
  });

  it("shows the same statuses as each family's own gaps page on the same day", async () => {
    const page = await caseloadPage(coach, query(), NOW);
    for (const row of page.families) {
      const gaps = await familyGaps(coach, row.familyId, page.on);
      const services = gaps.children.flatMap((child) => child.services);
      const count = (status: string) => services.filter((service) => service.status === status).length;
      expect({ missing: row.missing, mismatch: row.mismatch, unverified: row.unverified }).toEqual({
        missing: count("missing"),
        mismatch: count("mismatch"),
        unverified: count("unverified"),
      });
      const longest = Math.max(
        -1,
        ...services.filter((service) => service.status === "missing").map((service) => service.days),
      );
      expect(row.longestMissing?.days ?? -1).toBe(longest);
    }
  });

  it("sorts by name and by the family's last activity, families that never acted last", async () => {
    expect(names((await caseloadPage(coach, query({ sort: "name" }), NOW)).families)).toEqual([
      "Alder",
      "Birch",
      "Cedar",
      "Fir",
    ]);
    expect(names((await caseloadPage(coach, query({ sort: "activity" }), NOW)).families)).toEqual([
      "Cedar",
      "Alder",
      "Birch",
      "Fir",
    ]);
  });

  it("filters by safety gap, unread, inactivity, tag and archive, and searches family and child names", async () => {
    const filtered = async (input: Record<string, unknown>) =>
      names((await caseloadPage(coach, query(input), NOW)).families);
    expect(await filtered({ filter: "safety-gap" })).toEqual(["Alder"]);
    expect(await filtered({ filter: "unread" })).toEqual(["Cedar"]);
    expect(await filtered({ filter: "inactive" })).toEqual(["Birch", "Fir"]);
    expect(await filtered({ filter: "tag:waitlist" })).toEqual(["Birch"]);
    expect((await caseloadPage(coach, query({ filter: "unread" }), NOW)).tags).toEqual(["Waitlist"]);
    expect(await filtered({ filter: ["inactive", "tag:WAITLIST"] })).toEqual(["Birch"]);
    expect(await filtered({ filter: "safety-gap,unread" })).toEqual([]);
    expect(await filtered({ filter: "archived" })).toEqual(["Dogwood"]);
    expect(await filtered({ q: "ana" })).toEqual(["Alder"]);
    expect(await filtered({ q: "CEDAR" })).toEqual(["Cedar"]);
    expect(await filtered({ q: "%" })).toEqual([]);
  });

  it("pages with a cursor without gaps or repeats, and refuses a cursor that was altered or made for another sort", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let round = 0; round < 5; round++) {
      const page = await caseloadPage(coach, query({ limit: "1", ...(cursor ? { cursor } : {}) }), NOW);
      seen.push(...names(page.families));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["Alder", "Birch", "Cedar", "Fir"]);
    const first = await caseloadPage(coach, query({ limit: "2" }), NOW);
    await expectAppError(caseloadPage(coach, query({ cursor: `${first.nextCursor}x` }), NOW), "validation_failed");
    await expectAppError(caseloadPage(coach, query({ cursor: "bm90IGpzb24" }), NOW), "validation_failed");
    await expectAppError(
      caseloadPage(coach, query({ sort: "name", cursor: first.nextCursor }), NOW),
      "validation_failed",
    );
  });

  it("only a coach has a caseload: an admin and a parent get 404, a coach's ?coach= changes nothing", async () => {
    await expectAppError(caseloadPage(admin, query(), NOW), "not_found");
    await expectAppError(caseloadPage(parents.Alder!, query(), NOW), "not_found");
    expect(names((await caseloadPage(otherCoach, query({ coach: coach.id }), NOW)).families)).toEqual(["Elm"]);
  });

  it("the admin's listing of the practice: names, coaches and counts, never a child's name, a tag, a gap or a safety flag", async () => {
    const all = await adminFamilyPage(admin, query());
    const byName = new Map(all.families.map((family) => [family.name, family]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(["The Alder family", "The Elm family"]));
    expect(byName.get("The Alder family")).toEqual({
      id: ids.Alder,
      name: "The Alder family",
      archived: false,
      coaches: [{ id: coach.id, name: coach.name }],
      parents: 1,
      children: 1,
    });
    const text = JSON.stringify(all);
    for (const secret of ["Ana", "waitlist", "safety", "missing", "self-harm", "Call the crisis line", "unread"])
      expect(text).not.toContain(secret);
    expect((await adminFamilyPage(admin, query({ coach: otherCoach.id }))).families.map((f) => f.name)).toEqual([
      "The Elm family",
    ]);
    // Searching finds family names only: a child's name finds nothing.
    expect((await adminFamilyPage(admin, query({ q: "Alder" }))).total).toBe(1);
    expect((await adminFamilyPage(admin, query({ q: "Ana" }))).total).toBe(0);
    // The coach's filters on care are not the admin's.
    for (const filter of ["safety-gap", "unread", "inactive", "tag:waitlist"])
      await expectAppError(adminFamilyPage(admin, query({ filter })), "validation_failed");
    // Paged by name: every family once.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await adminFamilyPage(admin, query({ limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(page.total).toBe(all.total);
      seen.push(...page.families.map((family) => family.name));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.families.map((family) => family.name));
    for (const who of [coach, parents.Alder!]) await expectAppError(adminFamilyPage(who, query()), "not_found");
  });

  it("trends add up the caseload's missing services by month, today's total matching the caseload", async () => {
    const [trends, page] = await Promise.all([caseloadTrends(coach, NOW), caseloadPage(coach, query(), NOW)]);
    expect(trends.familyCount).toBe(4);
    expect(trends.months).toHaveLength(12);
    expect(trends.months[11]).toEqual({
      on: "2026-11-25",
      missing: page.families.reduce((sum, row) => sum + row.missing, 0),
      families: page.families.filter((row) => row.missing > 0).length,
    });
    expect(trends.months[0]!.on).toBe("2025-12-25");
    // Birch's trauma treatment was missing all year; Alder's needs only since November.
    expect(trends.months[0]!.missing).toBeGreaterThan(0);
    expect(trends.months[11]!.missing).toBeGreaterThan(trends.months[0]!.missing);
    expect(trends.mostMissing.map((entry) => entry.serviceId)).toEqual(
      expect.arrayContaining(["diagnostic-assessment", "safety-planning", "trauma-treatment"]),
    );
    expect(trends.mostMissing.find((entry) => entry.serviceId === "diagnostic-assessment")).toEqual({
      serviceId: "diagnostic-assessment",
      children: 2,
      families: 2,
    });
    // Gaps across the practice are care facts too: no trends for an admin.
    await expectAppError(caseloadTrends(admin, NOW), "not_found");
    await expectAppError(caseloadTrends(parents.Alder!, NOW), "not_found");
  });

  it("rejects unknown sorts, filters and parameters by name", () => {
    for (const input of [
      { sort: "urgency" },
      { filter: "sad" },
      { filter: "tag:" },
      { limit: "0" },
      { limit: "201" },
      { familyId: randomUUID() },
      { coach: "me" },
    ]) {
      expect(caseloadQuerySchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });

  it("every change to a family's care records moves its care version, and the caseload shows it on the next request", async () => {
    const versionOf = async (familyId: string) =>
      (await db().select({ version: families.careVersion }).from(families).where(eq(families.id, familyId)))[0]!
        .version;
    const steps: [string, () => Promise<unknown>][] = [];
    let childId = "",
      needId = "",
      providerId = "";
    steps.push([
      "add a child",
      async () => (childId = (await createChild(parents.Fir!, ids.Fir!, { name: "Finn" })).id),
    ]);
    steps.push(["rename the child", () => updateChild(parents.Fir!, ids.Fir!, childId, { name: "Finnegan" })]);
    steps.push([
      "add a need",
      async () =>
        (needId = (
          await createNeed(parents.Fir!, ids.Fir!, childId, { needId: "aggression", identifiedOn: "2026-11-01" })
        ).id),
    ]);
    steps.push([
      "resolve the need",
      () => updateNeed(parents.Fir!, ids.Fir!, childId, needId, { resolvedOn: "2026-11-20" }),
    ]);
    steps.push([
      "mark a service",
      () =>
        createNeededService(coach, ids.Fir!, childId, {
          serviceId: "family-therapy",
          markedOn: "2026-11-02",
          reason: "Discharge plan",
        }),
    ]);
    steps.push([
      "add a provider",
      async () =>
        (providerId = (
          await createProvider(parents.Fir!, ids.Fir!, {
            name: "Lee",
            statedTitle: "Counselor",
            credentialId: "lmft",
            childIds: [childId],
            servicesDelivered: ["family-therapy"],
            startOn: "2026-11-03",
          })
        ).id),
    ]);
    steps.push(["end the provider", () => updateProvider(parents.Fir!, ids.Fir!, providerId, { endOn: "2026-11-10" })]);
    steps.push([
      "unlink the provider directly",
      () => db().delete(providerChildren).where(eq(providerChildren.providerId, providerId)),
    ]);
    steps.push(["delete the provider", () => deleteProvider(parents.Fir!, ids.Fir!, providerId)]);
    steps.push(["delete the need", () => deleteNeed(parents.Fir!, ids.Fir!, childId, needId)]);
    steps.push(["delete the child", () => deleteChild(parents.Fir!, ids.Fir!, childId)]);
    for (const [label, step] of steps) {
      const before = await versionOf(ids.Fir!);
      await step();
      expect(await versionOf(ids.Fir!), label).toBeGreaterThan(before);
    }
    const untouched = await versionOf(ids.Birch!);
    await createChild(parents.Fir!, ids.Fir!, { name: "Finn again" });
    expect(await versionOf(ids.Birch!)).toBe(untouched);

    // The caseload has Alder's answer kept; a qualified safety plan must show at once.
    expect(
      (await caseloadPage(coach, query({ filter: "safety-gap" }), NOW)).families.map((row) => row.familyId),
    ).toEqual([ids.Alder]);
    const ana = (await caseloadPage(coach, query({ q: "Ana" }), NOW)).families[0]!.children[0]!;
    await createProvider(coach, ids.Alder!, {
      name: "Erin",
      statedTitle: "Therapist",
      credentialId: "lcsw",
      childIds: [ana.id],
      servicesDelivered: ["safety-planning"],
      startOn: "2026-11-20",
    });
    expect((await caseloadPage(coach, query({ filter: "safety-gap" }), NOW)).families).toEqual([]);
  });

  it("each caseload page writes one audit row per family shown", async () => {
    const viewsOf = async (actor: Actor) =>
      (
        await db()
          .select({ familyId: auditLog.familyId })
          .from(auditLog)
          .where(and(eq(auditLog.actorId, actor.id), eq(auditLog.action, "caseload.view")))
          .orderBy(asc(auditLog.id))
      ).map((row) => row.familyId);
    const coachBefore = await viewsOf(coach);
    const page = await caseloadPage(coach, query({ limit: 2, sort: "name" }), NOW);
    expect((await viewsOf(coach)).length).toBe(coachBefore.length + 2);
    expect((await viewsOf(coach)).slice(-2).sort()).toEqual(page.families.map((row) => row.familyId).sort());
    expect(page.families.find((row) => row.familyId === ids.Alder)!.nextAction?.title).toBe(
      "Ask who writes the safety plan",
    );
  });
});
