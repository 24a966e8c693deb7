import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { auditLog, careEvents, letters, requestUpdates, requests } from "@/db/schema";
import * as listRoute from "@/app/api/v1/families/[familyId]/requests/route";
import * as oneRoute from "@/app/api/v1/families/[familyId]/requests/[requestId]/route";
import * as updatesRoute from "@/app/api/v1/families/[familyId]/requests/[requestId]/updates/route";
import * as gapsRoute from "@/app/api/v1/families/[familyId]/gaps/route";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createNeededService } from "@/lib/care-team/needs";
import { createProvider } from "@/lib/care-team/providers";
import { caseloadPage } from "@/lib/caseload/list";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

// The practice's clock, held still: "today" is 2026-12-05 wherever the practice is (10:00 in Oregon).
const TODAY = new Date("2026-12-05T18:00:00Z");
const setToday = (iso: string) => vi.setSystemTime(new Date(`${iso}T18:00:00Z`));

type Json = Record<string, unknown>;
type RequestJson = {
  id: string;
  kind: string;
  status: string;
  dueOn: string;
  dueRule?: Json;
  overdue: boolean;
  childIds: string[];
  serviceIds: string[];
  letterId: string | null;
  updates?: { id: string; on: string; note: string; status: string | null }[];
  [key: string]: unknown;
};

async function call(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  familyId: string,
  requestId?: string,
  body?: unknown,
  options: { updates?: boolean; key?: string } = {},
): Promise<{ status: number; json: Json }> {
  const base = `http://localhost/api/v1/families/${familyId}/requests`;
  const url = requestId ? `${base}/${requestId}${options.updates ? "/updates" : ""}` : base;
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (options.key) headers["idempotency-key"] = options.key;
  const request = new Request(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const routeModule: Record<string, unknown> = options.updates ? updatesRoute : requestId ? oneRoute : listRoute;
  const handler = routeModule[method] as (
    r: Request,
    c: { params: Promise<Record<string, string>> },
  ) => Promise<Response>;
  const response = await handler(request, { params: Promise.resolve({ familyId, requestId: requestId ?? "" }) });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Json) : {} };
}

const fieldsOf = (answer: { json: Json }) =>
  Object.keys(((answer.json.error as Json | undefined)?.fields as Json | undefined) ?? {});

describeEachDatabase("requests: the API, deadlines, gaps, overdue, who sees them", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor, otherCoach: Actor, admin: Actor;
  let familyId: string, otherFamilyId: string;
  let childId: string, secondChildId: string, otherChildId: string;
  let providerId: string, otherProviderId: string;
  let letterId: string, otherLetterId: string;

  const valid = (extra: Json = {}): Json => ({
    kind: "service-request",
    to: { name: "Intake desk", organization: "Coordinated care", role: "care coordinator" },
    childIds: [childId],
    serviceIds: ["family-therapy"],
    askedOn: "2026-11-20",
    channel: "phone",
    summary: "Asked for a licensed family therapist.",
    ...extra,
  });
  const requestCount = async () => (await db().select({ n: count() }).from(requests))[0]!.n;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TODAY);
    [parent, coach, otherParent, otherCoach, admin] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "admin"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach, state: "OR" })).id;
    otherFamilyId = (await makeFamily(db(), { parents: [otherParent], coach: otherCoach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan" })).id;
    secondChildId = (await createChild(parent, familyId, { name: "Sam" })).id;
    otherChildId = (await createChild(otherParent, otherFamilyId, { name: "Alex" })).id;
    for (const id of [childId, secondChildId])
      await createNeededService(parent, familyId, id, {
        serviceId: "family-therapy",
        markedOn: "2026-06-01",
        reason: "Discharge plan",
      });
    const providerFields = {
      name: "Dana Reyes",
      statedTitle: "Therapist",
      credentialId: "lpc",
      servicesDelivered: ["individual-therapy"],
      startOn: "2026-02-01",
    };
    providerId = (await createProvider(parent, familyId, { ...providerFields, childIds: [childId] })).id;
    otherProviderId = (
      await createProvider(otherParent, otherFamilyId, { ...providerFields, childIds: [otherChildId] })
    ).id;
    const letter = (family: string, child: string) =>
      db()
        .insert(letters)
        .values({
          familyId: family,
          childId: child,
          template: "service-request",
          locale: "en",
          subject: "Family therapy",
          body: "We ask for family therapy.",
          recipientName: "Intake desk",
        })
        .returning({ id: letters.id });
    letterId = (await letter(familyId, childId))[0]!.id;
    otherLetterId = (await letter(otherFamilyId, otherChildId))[0]!.id;
  });

  afterAll(() => {
    vi.useRealTimers();
  });

  beforeEach(() => {
    signedIn.actor = parent;
    vi.setSystemTime(TODAY);
  });

  it("a request without a due date gets Clarity's, with the rule it followed; a family's own date wins", async () => {
    const appeal = await call("POST", familyId, undefined, valid({ kind: "appeal", askedOn: "2026-12-01" }));
    expect(appeal.status).toBe(201);
    const created = appeal.json.request as RequestJson;
    expect(created).toMatchObject({ status: "open", dueOn: "2026-12-17", overdue: false, kind: "appeal" });
    expect(created.dueRule).toEqual({
      id: "or-ohp-appeal",
      days: 16,
      counting: "calendar",
      from: "2026-12-01",
      startsAt: "appeal-received",
      source: "OAR 410-141-3890(3)",
      checkedOn: "2026-12-05",
    });
    const reminder = (await call("POST", familyId, undefined, valid())).json.request as RequestJson;
    expect(reminder.dueOn).toBe("2026-12-04");
    expect(reminder.dueRule).toMatchObject({ reminderOnly: true, days: 14 });
    const own = await call("POST", familyId, undefined, valid({ kind: "appeal", dueOn: "2027-01-10" }));
    expect(own.status).toBe(201);
    expect(own.json.request).toMatchObject({ dueOn: "2027-01-10", status: "open" });
    expect("dueRule" in (own.json.request as Json)).toBe(false);
    for (const id of [created.id, reminder.id, (own.json.request as RequestJson).id])
      expect((await call("DELETE", familyId, id)).status).toBe(204);
  });

  it("every validation error is a 400 naming its field, and nothing is written", async () => {
    const before = await requestCount();
    const withoutKind = valid();
    delete withoutKind.kind;
    const cases: [Json, string][] = [
      [withoutKind, "kind"],
      [valid({ kind: "complaint" }), "kind"],
      [valid({ channel: "fax" }), "channel"],
      [valid({ to: { organization: "Nobody" } }), "to.name"],
      [valid({ to: { name: "   " } }), "to.name"],
      [valid({ to: { name: "Desk", email: "x@example.org" } }), "to.email"],
      [valid({ to: "Intake desk" }), "to"],
      [valid({ childIds: [] }), "childIds"],
      [valid({ childIds: [childId, childId] }), "childIds"],
      [valid({ childIds: ["not-an-id"] }), "childIds.0"],
      [valid({ childIds: [otherChildId] }), "childIds"],
      [valid({ serviceIds: ["astrology"] }), "serviceIds.0"],
      [valid({ providerId: otherProviderId }), "providerId"],
      [valid({ letterId: otherLetterId }), "letterId"],
      [valid({ askedOn: "2026-02-30" }), "askedOn"],
      [valid({ askedOn: "2026-12-06" }), "askedOn"],
      [valid({ dueOn: "2026-11-19" }), "dueOn"],
      [valid({ dueOn: "soon" }), "dueOn"],
      [valid({ summary: "" }), "summary"],
      [valid({ summary: "x".repeat(2001) }), "summary"],
      [valid({ summary: "hidden\u202Etext" }), "summary"],
      [valid({ status: "granted" }), "status"],
      [valid({ familyId: otherFamilyId }), "familyId"],
    ];
    for (const [body, field] of cases) {
      const answer = await call("POST", familyId, undefined, body);
      expect(answer.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(answer.json.error).toMatchObject({ code: "validation_failed" });
      expect(fieldsOf(answer), JSON.stringify(body).slice(0, 120)).toContain(field);
    }
    expect(await requestCount()).toBe(before);
  });

  it("lists newest first, marks open requests past their date overdue on the practice's today", async () => {
    const ids: Record<string, string> = {};
    for (const [name, askedOn, dueOn] of [
      ["oldest", "2026-10-01", "2026-11-01"],
      ["middle", "2026-11-01", "2026-12-10"],
      ["newest", "2026-12-01", "2026-12-05"],
      ["answered", "2026-10-15", "2026-10-30"],
    ] as const)
      ids[name] = ((await call("POST", familyId, undefined, valid({ askedOn, dueOn }))).json.request as RequestJson).id;
    const sameDay = (
      (await call("POST", familyId, undefined, valid({ askedOn: "2026-12-01", dueOn: "2026-12-20" }))).json
        .request as RequestJson
    ).id;
    expect(
      (
        await call(
          "POST",
          familyId,
          ids.answered,
          { on: "2026-10-20", note: "They said yes.", status: "answered" },
          { updates: true },
        )
      ).status,
    ).toBe(201);

    const list = async () => (await call("GET", familyId)).json.requests as RequestJson[];
    const mine = (rows: RequestJson[]) => rows.filter((row) => [...Object.values(ids), sameDay].includes(row.id));
    // Asked on the same day: the one entered later comes first.
    expect(mine(await list()).map((row) => row.id)).toEqual([
      sameDay,
      ids.newest,
      ids.middle,
      ids.answered,
      ids.oldest,
    ]);
    const overdue = (rows: RequestJson[]) =>
      mine(rows)
        .filter((row) => row.overdue)
        .map((row) => row.id);
    // Due today is not overdue yet; an answered request never is.
    expect(overdue(await list())).toEqual([ids.oldest]);
    setToday("2026-12-06");
    expect(overdue(await list())).toEqual([ids.newest, ids.oldest]);
    setToday("2026-12-11");
    expect(overdue(await list())).toEqual([ids.newest, ids.middle, ids.oldest]);
    signedIn.actor = coach;
    expect(overdue(await list())).toEqual([ids.newest, ids.middle, ids.oldest]);
    for (const id of [...Object.values(ids), sameDay]) await call("DELETE", familyId, id);
  });

  it("updates are kept oldest first, set the status, are checked, and appear in the history", async () => {
    const created = (await call("POST", familyId, undefined, valid({ askedOn: "2026-11-01" }))).json
      .request as RequestJson;
    const post = (body: Json) => call("POST", familyId, created.id, body, { updates: true });
    const first = await post({ on: "2026-11-20", note: "Left a voicemail." });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ update: { on: "2026-11-20", status: null }, request: { status: "open" } });
    // Entered later, but happened earlier: the thread is in the order things happened.
    signedIn.actor = coach;
    expect((await post({ on: "2026-11-10", note: "Called; no answer." })).status).toBe(201);
    const denied = await post({ on: "2026-12-02", note: "Denied: no therapist free.", status: "denied" });
    expect(denied.json).toMatchObject({
      request: { status: "denied", overdue: false, updateCount: 3, lastUpdateOn: "2026-12-02" },
    });

    for (const [body, field] of [
      [{ on: "2026-10-31", note: "Before asking" }, "on"],
      [{ on: "2026-12-06", note: "Tomorrow" }, "on"],
      [{ on: "2026-11-30", note: "" }, "note"],
      [{ on: "2026-11-30", note: "ok", status: "maybe" }, "status"],
      [{ on: "2026-11-30", note: "ok", extra: 1 }, "extra"],
      [{ note: "no date" }, "on"],
    ] as [Json, string][]) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toContain(field);
    }
    const one = (await call("GET", familyId, created.id)).json.request as RequestJson;
    expect(one.updates!.map((update) => [update.on, update.status])).toEqual([
      ["2026-11-10", null],
      ["2026-11-20", null],
      ["2026-12-02", "denied"],
    ]);
    expect(one.status).toBe("denied");

    const events = await db()
      .select({ action: careEvents.action, changes: careEvents.changes })
      .from(careEvents)
      .where(and(eq(careEvents.familyId, familyId), eq(careEvents.subjectId, created.id)))
      .orderBy(asc(careEvents.id));
    expect(events.map((event) => event.action)).toEqual([
      "request.added",
      "request.noted",
      "request.noted",
      "request.noted",
    ]);
    expect(events[3]!.changes).toMatchObject({ status: { from: "open", to: "denied" }, on: { to: "2026-12-02" } });
    await call("DELETE", familyId, created.id);
  });

  it("PATCH changes fields, re-suggests a suggested date, keeps a family's own, and refuses what does not fit", async () => {
    signedIn.actor = coach;
    const created = (await call("POST", familyId, undefined, valid({ kind: "records-request", askedOn: "2026-11-01" })))
      .json.request as RequestJson;
    expect(created.dueOn).toBe("2026-12-01");
    const patch = (body: Json) => call("PATCH", familyId, created.id, body);
    // Another kind: Clarity's date follows it.
    let answer = await patch({ kind: "school-evaluation" });
    expect(answer.status).toBe(200);
    expect(answer.json.request).toMatchObject({ dueOn: "2027-01-22", dueRule: { id: "or-initial-evaluation" } });
    answer = await patch({ dueOn: "2027-02-01", to: { name: "Ms. Lee", organization: "Lincoln Elementary" } });
    expect(answer.json.request).toMatchObject({ dueOn: "2027-02-01", to: { name: "Ms. Lee", role: null } });
    expect("dueRule" in (answer.json.request as Json)).toBe(false);
    // The family's date stays when the day asked moves; null asks Clarity again.
    answer = await patch({ askedOn: "2026-11-02" });
    expect(answer.json.request).toMatchObject({ dueOn: "2027-02-01", askedOn: "2026-11-02" });
    answer = await patch({ dueOn: null, childIds: [childId, secondChildId] });
    expect(answer.json.request).toMatchObject({ dueOn: "2027-01-25", dueRule: { from: "2026-11-02" } });
    expect((answer.json.request as RequestJson).childIds).toEqual([childId, secondChildId].sort());

    for (const [body, field] of [
      [{}, "_"],
      [{ askedOn: "2027-03-01" }, "askedOn"],
      [{ dueOn: "2026-10-01" }, "dueOn"],
      [{ status: "lost" }, "status"],
      [{ providerId: otherProviderId }, "providerId"],
      [{ childIds: [otherChildId] }, "childIds"],
      [{ id: created.id }, "id"],
    ] as [Json, string][]) {
      const refused = await patch(body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(refused)).toContain(field);
    }
    // A request asked later than its own (family-set) date would be: refused, nothing changed.
    await patch({ dueOn: "2026-12-01" });
    const later = await patch({ askedOn: "2026-12-02" });
    expect(later.status).toBe(400);
    expect(fieldsOf(later)).toContain("dueOn");
    expect((await call("GET", familyId, created.id)).json.request).toMatchObject({ askedOn: "2026-11-02" });
    await call("DELETE", familyId, created.id);
  });

  it("a request sent as a letter links both ways; the letter's family is checked", async () => {
    const answer = await call("POST", familyId, undefined, valid({ letterId, providerId, channel: "letter" }));
    expect(answer.status).toBe(201);
    const created = answer.json.request as RequestJson;
    expect(created).toMatchObject({ letterId, providerId });
    const [letter] = await db().select({ requestId: letters.requestId }).from(letters).where(eq(letters.id, letterId));
    expect(letter!.requestId).toBe(created.id);
    expect((await call("DELETE", familyId, created.id)).status).toBe(204);
    const [after] = await db().select({ requestId: letters.requestId }).from(letters).where(eq(letters.id, letterId));
    expect(after!.requestId).toBeNull();
  });

  it("each gap carries the open requests that name it, oldest asked first, and only for the children named", async () => {
    const make = async (askedOn: string, childIds: string[]) =>
      ((await call("POST", familyId, undefined, valid({ askedOn, childIds }))).json.request as RequestJson).id;
    const later = await make("2026-11-15", [childId]);
    const earlier = await make("2026-11-01", [childId, secondChildId]);
    const closed = await make("2026-11-10", [childId]);
    await call(
      "POST",
      familyId,
      closed,
      { on: "2026-11-12", note: "Withdrawn.", status: "withdrawn" },
      { updates: true },
    );
    const gaps = async () => {
      const response = await gapsRoute.GET(new Request(`http://localhost/api/v1/families/${familyId}/gaps`), {
        params: Promise.resolve({ familyId }),
      });
      const json = (await response.json()) as {
        children: { childId: string; services: { serviceId: string; requestIds: string[] }[] }[];
      };
      return (id: string, serviceId: string) =>
        json.children
          .find((child) => child.childId === id)!
          .services.find((service) => service.serviceId === serviceId)!.requestIds;
    };
    let gap = await gaps();
    expect(gap(childId, "family-therapy")).toEqual([earlier, later]);
    expect(gap(secondChildId, "family-therapy")).toEqual([earlier]);
    await call("POST", familyId, earlier, { on: "2026-12-01", note: "Granted!", status: "granted" }, { updates: true });
    gap = await gaps();
    expect(gap(childId, "family-therapy")).toEqual([later]);
    expect(gap(secondChildId, "family-therapy")).toEqual([]);
    for (const id of [later, earlier, closed]) await call("DELETE", familyId, id);
  });

  it("others get 404 on every route; the coach reads and adds, and the coach's reads are audited", async () => {
    const created = (await call("POST", familyId, undefined, valid())).json.request as RequestJson;
    const before = await requestCount();
    for (const actor of [otherParent, otherCoach, admin]) {
      signedIn.actor = actor;
      const answers = [
        await call("GET", familyId),
        await call("POST", familyId, undefined, valid()),
        await call("GET", familyId, created.id),
        await call("PATCH", familyId, created.id, { summary: "Mine now" }),
        await call("DELETE", familyId, created.id),
        await call("POST", familyId, created.id, { on: "2026-12-01", note: "Sneaky" }, { updates: true }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 404]);
    }
    signedIn.actor = otherParent;
    // Their own family's path does not reach another family's request either.
    expect((await call("GET", otherFamilyId, created.id)).status).toBe(404);
    expect((await call("GET", familyId, "not-a-uuid")).status).toBe(404);
    expect(await requestCount()).toBe(before);

    signedIn.actor = coach;
    const views = async () =>
      (
        await db()
          .select({ n: count() })
          .from(auditLog)
          .where(
            and(eq(auditLog.actorId, coach.id), eq(auditLog.familyId, familyId), eq(auditLog.targetType, "requests")),
          )
      )[0]!.n;
    const seen = await views();
    expect((await call("GET", familyId)).status).toBe(200);
    expect(await views()).toBe(seen + 1);
    expect(
      (await call("POST", familyId, created.id, { on: "2026-12-04", note: "Coach called." }, { updates: true })).status,
    ).toBe(201);
    const [write] = await db()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, "request.note")));
    expect(write).toBeDefined();
    expect(JSON.stringify(write)).not.toContain("Coach called");
    await call("DELETE", familyId, created.id);
  });

  it("the coach's caseload counts overdue requests on its day, ranks and filters by them", async () => {
    const created = (await call("POST", familyId, undefined, valid({ askedOn: "2026-11-20", dueOn: "2026-12-01" })))
      .json.request as RequestJson;
    const rowOn = async (iso: string, filter?: string) => {
      const page = await caseloadPage(
        coach,
        caseloadQuerySchema.parse(filter ? { filter } : {}),
        new Date(`${iso}T18:00:00Z`),
      );
      return page.families.find((family) => family.familyId === familyId);
    };
    expect((await rowOn("2026-12-01"))?.overdueRequests).toBe(0);
    expect(await rowOn("2026-12-01", "overdue-requests")).toBeUndefined();
    expect((await rowOn("2026-12-02"))?.overdueRequests).toBe(1);
    expect((await rowOn("2026-12-02", "overdue-requests"))?.overdueRequests).toBe(1);
    await call(
      "POST",
      familyId,
      created.id,
      { on: "2026-12-03", note: "Answered.", status: "answered" },
      { updates: true },
    );
    expect((await rowOn("2026-12-05"))?.overdueRequests).toBe(0);
    await call("DELETE", familyId, created.id);
  });

  it("a retried create with the same Idempotency-Key makes one request; DELETE takes its updates", async () => {
    const key = "requests-retry-0001";
    const first = await call("POST", familyId, undefined, valid({ summary: "Retried" }), { key });
    const second = await call("POST", familyId, undefined, valid({ summary: "Retried" }), { key });
    expect([first.status, second.status]).toEqual([201, 201]);
    const id = (first.json.request as RequestJson).id;
    expect((second.json.request as RequestJson).id).toBe(id);
    expect(
      (
        await db()
          .select({ n: count() })
          .from(requests)
          .where(and(eq(requests.familyId, familyId), eq(requests.summary, "Retried")))
      )[0]!.n,
    ).toBe(1);
    await call("POST", familyId, id, { on: "2026-12-01", note: "Noted" }, { updates: true });
    expect((await call("DELETE", familyId, id)).status).toBe(204);
    expect((await call("GET", familyId, id)).status).toBe(404);
    expect((await db().select({ n: count() }).from(requestUpdates).where(eq(requestUpdates.requestId, id)))[0]!.n).toBe(
      0,
    );
    const removed = await db()
      .select({ action: careEvents.action })
      .from(careEvents)
      .where(and(eq(careEvents.subjectId, id), eq(careEvents.action, "request.removed")));
    expect(removed).toHaveLength(1);
  });
});
