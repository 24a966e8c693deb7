import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { describeEachDatabase } from "./support/databases";
import { apiRoutes, callRoute, loadRoute, methodsOf, paramsFor, type Method } from "./support/api-routes";
import { familyWithCoachRecords } from "./support/family-fixture";
import { bodyFor } from "./support/route-bodies";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

const FAMILY_ROUTES = apiRoutes().filter((template) => template.startsWith("families/[familyId]"));

/** GET routes that open a family's data, and so write one audit row when a coach calls them. */
const DATA_VIEWS = new Set([
  "families/[familyId]",
  "families/[familyId]/children",
  "families/[familyId]/children/[childId]/needs",
  "families/[familyId]/children/[childId]/needed-services",
  "families/[familyId]/providers",
  "families/[familyId]/providers/[providerId]",
  "families/[familyId]/gaps",
  "families/[familyId]/timeline",
  "families/[familyId]/events",
  "families/[familyId]/notes",
  "families/[familyId]/actions",
  "families/[familyId]/tags",
  "families/[familyId]/messages",
  "families/[familyId]/messages/stream",
  "families/[familyId]/children/[childId]/summary",
  "families/[familyId]/children/[childId]/summary/pdf",
  "families/[familyId]/documents",
  "families/[familyId]/documents/[documentId]",
  "families/[familyId]/citations",
  "families/[familyId]/requests",
  "families/[familyId]/requests/[requestId]",
]);
/**
 * GET routes that are not a view of family data: the export is the family's own copy (its coach
 * is refused it), pins are articles, the access log is the audit log itself, and the deletion
 * state is a date and counts, no content. A document's file is audited otherwise: every download,
 * by a parent as by the coach, writes a document.download row (documents-access.test.ts).
 */
const NOT_VIEWS = new Set([
  "families/[familyId]/documents/[documentId]/file",
  "families/[familyId]/export",
  "families/[familyId]/pinned-articles",
  "families/[familyId]/access-log",
  "families/[familyId]/deletion",
]);
const COACH_ONLY = ["families/[familyId]/notes", "families/[familyId]/actions", "families/[familyId]/tags"];

describeEachDatabase("what coaches write stays with coaches", (context) => {
  const db = () => context.handle.db;
  let world: Awaited<ReturnType<typeof familyWithCoachRecords>>;

  beforeAll(async () => {
    world = await familyWithCoachRecords(db());
  });

  async function as(actor: Actor, method: Method, template: string) {
    signedIn.actor = actor;
    const params = paramsFor(template, world.values);
    return callRoute(await loadRoute(template), method, template, params, bodyFor(method, template, world.values));
  }

  it("the walk covers the routes it should", async () => {
    expect(FAMILY_ROUTES).toEqual(
      expect.arrayContaining([
        "families/[familyId]",
        "families/[familyId]/notes",
        "families/[familyId]/notes/[noteId]",
        "families/[familyId]/actions/[actionId]",
        "families/[familyId]/access-log",
        "families/[familyId]/messages/stream",
      ]),
    );
    const getters = [];
    for (const template of FAMILY_ROUTES) if ((await loadRoute(template)).GET) getters.push(template);
    // Every family GET route is either a view (audited once) or named above with its reason.
    expect(getters.filter((template) => !DATA_VIEWS.has(template) && !NOT_VIEWS.has(template))).toEqual([]);
  });

  it("a parent walking every GET route of the API never meets the coach's private note, action item or tag", async () => {
    const seen: string[] = [];
    for (const template of apiRoutes()) {
      const routeModule = await loadRoute(template);
      if (!routeModule.GET) continue;
      const answer = await as(world.parent, "GET", template);
      seen.push(`${answer.status} ${template}`);
      expect(answer.text, `GET ${template} as the parent`).not.toContain(world.canary);
    }
    // The walk saw the family's data (so the canary had a chance to leak) and was refused the coach tools.
    for (const template of [
      "families/[familyId]",
      "families/[familyId]/providers",
      "families/[familyId]/events",
      "families/[familyId]/messages",
      "families/[familyId]/access-log",
      "families/[familyId]/export",
      "families/[familyId]/children/[childId]/summary",
    ]) {
      expect(seen).toContain(`200 ${template}`);
    }
    for (const template of COACH_ONLY) expect(seen).toContain(`404 ${template}`);
    // The coach does get them, so the canary is really there.
    expect((await as(world.coach, "GET", "families/[familyId]/notes")).text).toContain(world.canary);
    expect((await as(world.coach, "GET", "families/[familyId]/actions")).text).toContain(world.canary);
    expect((await as(world.coach, "GET", "families/[familyId]/tags")).text).toContain(world.canary);
  });

  it("a parent gets 404 from every method of the coach-only routes, and nothing changes", async () => {
    for (const template of [
      ...COACH_ONLY,
      "families/[familyId]/notes/[noteId]",
      "families/[familyId]/actions/[actionId]",
      "families/[familyId]/archive",
    ]) {
      for (const method of methodsOf(await loadRoute(template))) {
        const answer = await as(world.parent, method, template);
        expect(answer.status, `${method} ${template} as the parent: ${answer.text}`).toBe(404);
        expect(answer.text).not.toContain(world.canary);
      }
    }
    expect((await as(world.coach, "GET", "families/[familyId]/notes")).text).toContain(world.canary);
  });

  it("a coach without the family on their caseload, and an admin, get 404 from every method of every family route", async () => {
    for (const actor of [world.otherCoach, world.admin]) {
      for (const template of FAMILY_ROUTES) {
        for (const method of methodsOf(await loadRoute(template))) {
          const answer = await as(actor, method, template);
          expect(answer.status, `${method} ${template} as ${actor.role}: ${answer.text}`).toBe(404);
          expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "not_found" } });
        }
      }
    }
    // Still all there for the family's own coach.
    expect((await as(world.coach, "GET", "families/[familyId]/notes")).status).toBe(200);
    expect((await as(world.coach, "GET", "families/[familyId]/children")).text).toContain("Jordan");
  });

  it("each coach view of a family's data writes exactly one audit row; a parent's writes none", async () => {
    const views = async (actor: Actor) =>
      (
        await db()
          .select({ n: count() })
          .from(auditLog)
          .where(
            and(eq(auditLog.actorId, actor.id), eq(auditLog.familyId, world.family.id), eq(auditLog.outcome, "ok")),
          )
      )[0]!.n;
    for (const template of DATA_VIEWS) {
      const before = await views(world.coach);
      const answer = await as(world.coach, "GET", template);
      expect(answer.status, `${template}: ${answer.text}`).toBe(200);
      expect(await views(world.coach), `coach GET ${template}`).toBe(before + 1);
      const parentBefore = await views(world.parent);
      await as(world.parent, "GET", template);
      expect(await views(world.parent), `parent GET ${template}`).toBe(parentBefore);
    }
  });

  it("no audit row ever holds the text of a note or an action item", async () => {
    const rows = await db().select().from(auditLog).where(eq(auditLog.familyId, world.family.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(world.canary);
  });
});
