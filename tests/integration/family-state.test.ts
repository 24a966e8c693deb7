import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { auditLog, families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { createInvite } from "@/lib/invites/create";
import { describeEachDatabase } from "./support/databases";
import { callRoute, loadRoute } from "./support/api-routes";
import { uniqueEmail } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

const FAMILY = "families/[familyId]";

describeEachDatabase("the family's state", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let coach: Actor;
  let otherParent: Actor;
  let familyId: string;

  beforeAll(async () => {
    [parent, coach, otherParent] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    await makeFamily(db(), { parents: [otherParent] });
  });

  async function as(actor: Actor, method: "GET" | "PATCH", body?: unknown) {
    signedIn.actor = actor;
    const answer = await callRoute(await loadRoute(FAMILY), method, FAMILY, { familyId }, body);
    return { status: answer.status, body: JSON.parse(answer.text) };
  }

  it("a new family has no state; a parent sets one and the family says so", async () => {
    expect((await as(parent, "GET")).body.family.state).toBeNull();
    const patched = await as(parent, "PATCH", { state: "TX" });
    expect(patched.status).toBe(200);
    expect(patched.body.family).toMatchObject({ id: familyId, state: "TX" });
    expect((await as(coach, "GET")).body.family.state).toBe("TX");
  });

  it("lower case is read as the code; null clears it", async () => {
    expect((await as(parent, "PATCH", { state: "or" })).body.family.state).toBe("OR");
    expect((await as(parent, "PATCH", { state: null })).body.family.state).toBeNull();
    expect((await as(parent, "PATCH", { state: "TX" })).body.family.state).toBe("TX");
  });

  it("an unknown code, a name, a missing field or an extra one is refused with a clear message", async () => {
    for (const body of [{ state: "XX" }, { state: "Texas" }, { state: 12 }, {}, { state: "TX", name: "x" }]) {
      const answer = await as(parent, "PATCH", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code).toBe("validation_failed");
    }
    const answer = await as(parent, "PATCH", { state: "ZZ" });
    expect(answer.body.error.fields.state).toBe("Choose a US state by its two-letter code, such as TX.");
    expect((await as(parent, "GET")).body.family.state).toBe("TX");
  });

  it("the family's coach reads the state but may not change it (404), nor may another family's parent", async () => {
    for (const actor of [coach, otherParent]) {
      const answer = await as(actor, "PATCH", { state: "OR" });
      expect(answer.status, actor.role).toBe(404);
      expect(answer.body.error.code).toBe("not_found");
    }
    const [row] = await db().select({ state: families.state }).from(families).where(eq(families.id, familyId));
    expect(row!.state).toBe("TX");
  });

  it("each change writes an audit row with the old and new codes; saving the same state writes none", async () => {
    await as(parent, "PATCH", { state: "WA" });
    await as(parent, "PATCH", { state: "WA" });
    const rows = await db()
      .select({ details: auditLog.details, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.familyId, familyId), eq(auditLog.action, "family.update")))
      .orderBy(auditLog.id);
    expect(rows.at(-1)).toEqual({ actorId: parent.id, details: { field: "state", from: "TX", to: "WA" } });
    expect(rows.filter((row) => (row.details as { to: string }).to === "WA")).toHaveLength(1);
  });

  it("a change moves the family's care version, so no answer computed for the old state is served again", async () => {
    const version = async () =>
      (await db().select({ v: families.careVersion }).from(families).where(eq(families.id, familyId)))[0]!.v;
    const before = await version();
    await as(parent, "PATCH", { state: "OR" });
    expect(await version()).toBe(before + 1);
  });

  it("a parent who founds a family at sign-up may choose its state; one who joins it leaves it as it is", async () => {
    const founding = await createInvite(coach, {}, new Date("2026-11-01T00:00:00Z"));
    const founded = await signUpWithInvite(
      { token: founding.token, name: "Tess", email: uniqueEmail("tx"), password: "long enough password", state: "TX" },
      new Date("2026-11-01T00:00:00Z"),
    );
    const [row] = await db().select({ state: families.state }).from(families).where(eq(families.id, founded.family.id));
    expect(row!.state).toBe("TX");

    // Someone joining that family does not move it: the state is the family's, set on its page.
    const founder = { ...parent, id: founded.user.id, role: "parent" as const };
    const joining = await createInvite(founder, { familyId: founded.family.id }, new Date("2026-11-02T00:00:00Z"));
    await signUpWithInvite(
      { token: joining.token, name: "Ray", email: uniqueEmail("wa"), password: "long enough password", state: "WA" },
      new Date("2026-11-02T00:00:00Z"),
    );
    const [after] = await db()
      .select({ state: families.state })
      .from(families)
      .where(eq(families.id, founded.family.id));
    expect(after!.state).toBe("TX");
  });
});
