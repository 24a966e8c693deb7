import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, families, pinnedArticles } from "@/db/schema";
import { getPinnedArticles, setPinnedArticles } from "@/lib/articles/pins";
import type { Actor } from "@/lib/identity/actor";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("pinned articles", (context) => {
  const db = () => context.handle.db;
  let coach: Actor, otherCoach: Actor, admin: Actor, parent: Actor, otherParent: Actor;
  let family: { id: string }, otherFamily: { id: string };

  beforeAll(async () => {
    [coach, otherCoach, admin, parent, otherParent] = await Promise.all([
      makeActor(db(), "coach"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
      makeActor(db(), "parent"),
      makeActor(db(), "parent"),
    ]);
    family = await makeFamily(db(), { parents: [parent], coach });
    otherFamily = await makeFamily(db(), { parents: [otherParent], coach: otherCoach });
  });

  it("a family starts with nothing pinned", async () => {
    expect(await getPinnedArticles(parent, family.id)).toEqual([]);
  });

  it("the family's coach pins up to three, in order, and its parent reads them", async () => {
    const slugs = ["safety-planning", "what-is-a-qmha", "questions-to-ask-every-provider"];
    const saved = await setPinnedArticles(coach, family.id, { slugs });
    expect(saved.map((pin) => pin.slug)).toEqual(slugs);
    const read = await getPinnedArticles(parent, family.id);
    expect(read.map((pin) => pin.slug)).toEqual(slugs);
    expect(read[0]).toMatchObject({
      title: expect.any(String),
      summary: expect.any(String),
      readingMinutes: expect.any(Number),
    });
    expect(Number.isNaN(Date.parse(read[0]!.pinnedAt))).toBe(false);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.familyId, family.id), eq(auditLog.action, "articles.pin")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: coach.id, outcome: "ok", details: { count: 3 } });
  });

  it("re-pinning reorders, keeps the original date of articles that stay, and drops the rest", async () => {
    const before = await getPinnedArticles(coach, family.id);
    const kept = before.find((pin) => pin.slug === "what-is-a-qmha")!;
    const saved = await setPinnedArticles(coach, family.id, { slugs: ["what-is-a-qmha", "qmha-vs-qmhp"] });
    expect(saved.map((pin) => pin.slug)).toEqual(["what-is-a-qmha", "qmha-vs-qmhp"]);
    expect(saved[0]!.pinnedAt).toBe(kept.pinnedAt);
    const rows = await db().select().from(pinnedArticles).where(eq(pinnedArticles.familyId, family.id));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.pinnedBy === coach.id)).toBe(true);
  });

  it("four slugs, an unknown slug or a duplicate answer unprocessable, and nothing changes", async () => {
    const before = await getPinnedArticles(coach, family.id);
    const four = await expectAppError(
      setPinnedArticles(coach, family.id, {
        slugs: ["safety-planning", "what-is-a-qmha", "qmha-vs-qmhp", "respite-is-not-a-slug"],
      }),
      "unprocessable",
    );
    expect(Object.keys(four.fields ?? {})).toEqual(expect.arrayContaining(["slugs", "slugs.3"]));
    const unknown = await expectAppError(
      setPinnedArticles(coach, family.id, { slugs: ["no-such-article"] }),
      "unprocessable",
    );
    expect(unknown.fields).toEqual({ "slugs.0": expect.any(String) });
    const duplicate = await expectAppError(
      setPinnedArticles(coach, family.id, { slugs: ["safety-planning", "safety-planning"] }),
      "unprocessable",
    );
    expect(duplicate.fields).toEqual({ "slugs.1": expect.any(String) });
    expect(await getPinnedArticles(coach, family.id)).toEqual(before);
  });

  it("an empty list unpins everything", async () => {
    expect(await setPinnedArticles(coach, family.id, { slugs: [] })).toEqual([]);
    expect(await getPinnedArticles(parent, family.id)).toEqual([]);
  });

  it("a parent of the family may read but not pin", async () => {
    await expectAppError(setPinnedArticles(parent, family.id, { slugs: ["safety-planning"] }), "forbidden");
  });

  it("anyone outside the family gets not_found, for reading and for pinning", async () => {
    for (const outsider of [otherParent, otherCoach, admin]) {
      await expectAppError(getPinnedArticles(outsider, family.id), "not_found");
      await expectAppError(setPinnedArticles(outsider, family.id, { slugs: ["safety-planning"] }), "not_found");
    }
    await expectAppError(getPinnedArticles(coach, otherFamily.id), "not_found");
    await expectAppError(getPinnedArticles(coach, "not-a-uuid"), "not_found");
  });

  it("two saves at once never leave more than three pins: one wins whole", async () => {
    const first = ["safety-planning", "what-is-a-qmha", "qmha-vs-qmhp"];
    const second = ["wraparound-and-iibht-oregon", "peer-family-youth-support", "trauma-informed-vs-trauma-treatment"];
    await Promise.all([
      setPinnedArticles(coach, family.id, { slugs: first }),
      setPinnedArticles(coach, family.id, { slugs: second }),
    ]);
    const rows = await db().select().from(pinnedArticles).where(eq(pinnedArticles.familyId, family.id));
    expect(rows).toHaveLength(3);
    expect([first, second]).toContainEqual((await getPinnedArticles(parent, family.id)).map((pin) => pin.slug));
  });

  it("pins go with the family", async () => {
    const doomed = await makeFamily(db(), { parents: [], coach });
    await setPinnedArticles(coach, doomed.id, { slugs: ["safety-planning"] });
    await db().delete(families).where(eq(families.id, doomed.id));
    expect(await db().select().from(pinnedArticles).where(eq(pinnedArticles.familyId, doomed.id))).toEqual([]);
  });
});
