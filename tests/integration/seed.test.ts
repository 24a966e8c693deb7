import { asc, count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { actionItems, caseloads, coachNotes, familyMembers, familyTags, families, messages, users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, seedDemoIfEmpty } from "@/lib/demo/seed";
import { createUser } from "@/lib/accounts/create-user";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { listCareEvents } from "@/lib/care-team/events";
import { familyGaps, familyTimeline } from "@/lib/care-team/gaps";
import { getFamilySummary } from "@/lib/families/queries";
import { caseloadPage } from "@/lib/caseload/list";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";
import { describeEachDatabase } from "./support/databases";
import { uniqueAddress, uniqueEmail } from "./support/assertions";

describeEachDatabase("demo data", (context) => {
  const db = () => context.handle.db;

  async function snapshot() {
    const roles = await db().select({ role: users.role, n: count() }).from(users).groupBy(users.role);
    const [f] = await db().select({ n: count() }).from(families);
    const [m] = await db().select({ n: count() }).from(familyMembers);
    const [c] = await db().select({ n: count() }).from(caseloads);
    return {
      roles: Object.fromEntries(roles.map((row) => [row.role, row.n])),
      families: f!.n,
      members: m!.n,
      caseloads: c!.n,
    };
  }

  it("loads on a fresh database: 1 coach, 1 admin, 3 parents, 2 families on the coach's caseload", async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);

    expect(await snapshot()).toEqual({
      roles: { coach: 1, admin: 1, parent: 3 },
      families: 2,
      members: 3,
      caseloads: 2,
    });
    const [coach] = await db().select().from(users).where(eq(users.email, DEMO_ACCOUNTS.coach.email));
    expect(coach).toMatchObject({ role: "coach", name: DEMO_ACCOUNTS.coach.name });
    const caseload = await db().select().from(caseloads);
    expect(caseload.every((row) => row.coachId === coach!.id)).toBe(true);
    // Every family has at least one parent.
    const membersPerFamily = await db()
      .select({ familyId: familyMembers.familyId, n: count() })
      .from(familyMembers)
      .groupBy(familyMembers.familyId);
    expect(membersPerFamily.map((row) => row.n).sort()).toEqual([1, 2]);
  });

  it("a second call returns false and adds nothing", async () => {
    const before = await snapshot();
    expect(await seedDemoIfEmpty(db())).toBe(false);
    await seedDemo(db());
    expect(await snapshot()).toEqual(before);
  });

  it("the demo coach signs in with the demo password and sees both families", async () => {
    const result = await signInWithPassword(
      { email: DEMO_ACCOUNTS.coach.email, password: DEMO_PASSWORD },
      uniqueAddress(),
    );
    expect(result.outcome).toBe("ok");
    if (result.outcome !== "ok") return;
    const coach = { ...result.user, role: "coach" as const, sessionId: result.sessionId };
    const caseload = await db().select({ familyId: caseloads.familyId }).from(caseloads);
    for (const { familyId } of caseload)
      expect((await getFamilySummary(coach, familyId)).coaches.map((c) => c.id)).toEqual([coach.id]);
  });

  it("every demo account signs in with the demo password, and only with it", async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(
        (await signInWithPassword({ email: account.email, password: DEMO_PASSWORD }, uniqueAddress())).outcome,
        account.email,
      ).toBe("ok");
    }
    expect(
      await signInWithPassword(
        { email: DEMO_ACCOUNTS.coach.email, password: "not-the-demo-password" },
        uniqueAddress(),
      ),
    ).toEqual({ outcome: "invalid" });
  });
});

describeEachDatabase("demo data on a database that already has users", (context) => {
  it("is not loaded", async () => {
    const db = context.handle.db;
    await createUser(db, {
      role: "coach",
      email: uniqueEmail("first-coach"),
      name: "First Coach",
      password: "a real coach password",
    });

    expect(await seedDemoIfEmpty(db)).toBe(false);

    const [row] = await db.select({ n: count() }).from(users);
    expect(row!.n).toBe(1);
    expect(await db.select().from(families)).toEqual([]);
    expect(await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.coach.email))).toEqual([]);
  });
});

describeEachDatabase("demo care histories", (context) => {
  const db = () => context.handle.db;
  const now = new Date("2026-11-25T20:00:00Z");

  it("tell the story a coach would recognise, dated back from today", async () => {
    await seedDemo(db(), now);
    const result = await signInWithPassword(
      { email: DEMO_ACCOUNTS.rivera.email, password: DEMO_PASSWORD },
      uniqueAddress(),
    );
    if (result.outcome !== "ok") expect.fail("the demo parent could not sign in");
    const ana = { ...result.user, role: "parent" as const, sessionId: result.sessionId };
    const [{ familyId }] = (await db()
      .select({ familyId: familyMembers.familyId })
      .from(familyMembers)
      .where(eq(familyMembers.userId, ana.id))) as [{ familyId: string }];
    const gaps = await familyGaps(ana, familyId, "2026-11-25");
    const status = (serviceId: string) => gaps.children[0]!.services.find((service) => service.serviceId === serviceId);
    expect(status("individual-therapy")).toMatchObject({ status: "mismatch", needed: false });
    expect(status("trauma-treatment")).toMatchObject({ status: "covered", since: "2026-09-26" });
    expect(status("family-therapy")).toMatchObject({ status: "missing", days: 200 });
    expect(status("medication-management")).toMatchObject({ status: "missing", since: "2026-06-29" });
    expect(status("safety-planning")?.status).toBe("missing");
    expect(gaps.flags).toEqual([expect.objectContaining({ kind: "title-not-clinical", statedTitle: "Therapist" })]);

    const picture = await familyTimeline(ana, familyId, { step: "week", to: "2026-11-25" });
    const trauma = picture.children[0]!.services.find((service) => service.serviceId === "trauma-treatment")!;
    expect(trauma.periods.map((period) => period.status)).toEqual(["missing", "covered"]);
    expect((await listCareEvents(ana, familyId, { limit: 50 })).events.length).toBeGreaterThanOrEqual(10);
  });

  it("a year of coaching: messages both ways, notes, action items with due dates and tags, dated back from today", async () => {
    const coachUser = (await db().select().from(users).where(eq(users.email, DEMO_ACCOUNTS.coach.email)))[0]!;
    const rows = await db()
      .select({
        familyId: messages.familyId,
        authorId: messages.authorId,
        createdAt: messages.createdAt,
        position: messages.position,
      })
      .from(messages)
      .orderBy(asc(messages.position));
    const families_ = [...new Set(rows.map((row) => row.familyId))];
    expect(families_).toHaveLength(2);
    for (const familyId of families_) {
      const conversation = rows.filter((row) => row.familyId === familyId);
      // Both ways: the coach and at least one parent write.
      expect(conversation.some((row) => row.authorId === coachUser.id)).toBe(true);
      expect(conversation.some((row) => row.authorId !== coachUser.id)).toBe(true);
      // Positions follow the dates, and nothing is dated after the seed's "now".
      const times = conversation.map((row) => row.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    }
    const days = (date: Date) => (now.getTime() - date.getTime()) / 86_400_000;
    // The oldest message is most of a year old, the newest a few days.
    expect(days(rows[0]!.createdAt)).toBeGreaterThan(300);
    expect(Math.min(...rows.map((row) => days(row.createdAt)))).toBeLessThan(3);

    const notes = await db().select({ familyId: coachNotes.familyId }).from(coachNotes);
    expect(new Set(notes.map((note) => note.familyId))).toEqual(new Set(families_));
    const tags = await db().select({ familyId: familyTags.familyId }).from(familyTags);
    expect(new Set(tags.map((tag) => tag.familyId))).toEqual(new Set(families_));
    const items = await db().select().from(actionItems).orderBy(asc(actionItems.createdAt));
    expect(items.some((item) => item.doneAt !== null)).toBe(true);
    expect(items.filter((item) => item.doneAt === null).every((item) => item.dueOn !== null)).toBe(true);
  });

  it("every family on the demo caseload has a next action, and the coach has unread messages in each", async () => {
    const result = await signInWithPassword(
      { email: DEMO_ACCOUNTS.coach.email, password: DEMO_PASSWORD },
      uniqueAddress(),
    );
    if (result.outcome !== "ok") expect.fail("the demo coach could not sign in");
    const coach = { ...result.user, role: "coach" as const, sessionId: result.sessionId };
    const page = await caseloadPage(coach, caseloadQuerySchema.parse({}), now);
    expect(page.families).toHaveLength(2);
    for (const family of page.families) {
      expect(family.nextAction, family.name).not.toBeNull();
      // Due within two weeks of the seed's today: the demo reads as current, not stale.
      const dueIn = (Date.parse(`${family.nextAction!.dueOn}T12:00:00Z`) - now.getTime()) / 86_400_000;
      expect(dueIn).toBeGreaterThan(-1);
      expect(dueIn).toBeLessThan(14);
      expect(family.unread, family.name).toBe(1);
      expect(family.tags.length, family.name).toBeGreaterThan(0);
    }
  });

  it("the timeline names who started and left, and when", async () => {
    const result = await signInWithPassword(
      { email: DEMO_ACCOUNTS.rivera.email, password: DEMO_PASSWORD },
      uniqueAddress(),
    );
    if (result.outcome !== "ok") expect.fail("the demo parent could not sign in");
    const ana = { ...result.user, role: "parent" as const, sessionId: result.sessionId };
    const [{ familyId }] = (await db()
      .select({ familyId: familyMembers.familyId })
      .from(familyMembers)
      .where(eq(familyMembers.userId, ana.id))) as [{ familyId: string }];
    const picture = await familyTimeline(ana, familyId, { step: "month", to: "2026-11-25" });
    const events = picture.children[0]!.events;
    expect(events.map((event) => event.date)).toEqual(events.map((event) => event.date).sort());
    // Dr. Shah's first and last days: 335 and 150 days before November 25, 2026.
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: "provider-started",
        date: "2025-12-25",
        providerName: "Dr. Priya Shah",
        statedTitle: "Psychiatrist",
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ kind: "provider-ended", date: "2026-06-28", providerName: "Dr. Priya Shah" }),
    );
    expect(events).toContainEqual({
      date: "2026-05-09",
      kind: "need-identified",
      subjectId: expect.any(String),
      catalogId: "family-stress",
    });
  });
});
