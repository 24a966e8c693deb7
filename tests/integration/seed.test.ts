import { count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { caseloads, familyMembers, families, users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, seedDemoIfEmpty } from "@/lib/demo/seed";
import { createUser } from "@/lib/accounts/create-user";
import { signInWithPassword } from "@/lib/identity/sign-in";
import { listCareEvents } from "@/lib/care-team/events";
import { familyGaps, familyTimeline } from "@/lib/care-team/gaps";
import { getFamilySummary } from "@/lib/families/queries";
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
});
