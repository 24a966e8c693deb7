import crypto from "node:crypto";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { describeEachDatabase } from "./support/databases";
import { rowsOf } from "./support/assertions";
import { apiRoutes, loadRoute, methodsOf, paramsFor, type Method, type RouteModule } from "./support/api-routes";
import { familyWithCoachRecords } from "./support/family-fixture";
import { bodyFor } from "./support/route-bodies";
import { accountEmailsSettled } from "@/lib/email/send-soon";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

/** Few enough that `npm test` stays quick; FUZZ_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const APP = "http://localhost";

type Write = { method: Method; template: string; module: RouteModule; valid: unknown };

/** Every write of /api/v1 that reads a body (the others take no input to fuzz). */
async function writesWithBodies(values: Record<string, string>): Promise<Write[]> {
  const writes: Write[] = [];
  for (const template of apiRoutes()) {
    const routeModule = await loadRoute(template);
    for (const method of methodsOf(routeModule)) {
      if (method === "GET") continue;
      const valid = bodyFor(method, template, values);
      if (valid !== undefined) writes.push({ method, template, module: routeModule, valid });
    }
  }
  return writes;
}

async function call(
  write: Write,
  values: Record<string, string>,
  body: string | undefined,
  headers: Record<string, string> = { "content-type": "application/json" },
) {
  const params = paramsFor(write.template, values);
  const url = `${APP}/api/v1/${write.template.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name]!)}`;
  const response = await write.module[write.method]!(new Request(url, { method: write.method, headers, body }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, text: await response.text() };
}

/** Every dated or free-text field a body may carry gets these. */
const BAD_DATES = [
  "0000-00-00",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "99999-01-01",
  "2026-1-1",
  "",
  "2026-02-01T00:00:00Z",
  "tomorrow",
  "2026-02-01\u0000",
];
const EXTRA_FIELDS: Record<string, unknown>[] = [
  { role: "admin" },
  { familyId: "00000000-0000-4000-8000-000000000000" },
  { id: "00000000-0000-4000-8000-000000000001" },
  { authorId: "x" },
  { __proto__x: 1 },
  { createdAt: "2020-01-01" },
];

const adversarialString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.constantFrom(
    "\u0000",
    "\uD800",
    "\uDFFF",
    "a\u202Eb",
    "\u200B\u200D",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "👨‍👩‍👧‍👦".repeat(50),
    "'; drop table users; --",
    "<script>alert(1)</script>",
    "x".repeat(200_000),
  ),
);

/** A valid body with one field made hostile: a wrong type, an adversarial string, or a bad date. */
function mutated(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const value = fc.oneof(
    adversarialString,
    fc.constantFrom(...BAD_DATES),
    fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [""], { $gt: "" }),
    fc.anything({ maxDepth: 2 }),
  );
  return fc.record({ key: fc.constantFrom(...keys), value }).map(({ key, value }) => ({ ...valid, [key]: value }));
}

describeEachDatabase("hostile input on every write", (context) => {
  const db = () => context.handle.db;
  let world: Awaited<ReturnType<typeof familyWithCoachRecords>>;
  let values: Record<string, string>;
  let writes: Write[];
  let tables: string[];
  let cases = 0;

  beforeAll(async () => {
    world = await familyWithCoachRecords(db());
    // Nobody's passkey or session: those routes answer 404, and must do no more.
    values = {
      ...world.values,
      coachId: world.otherCoach.id,
      passkeyId: crypto.randomUUID(),
      sessionId: crypto.randomUUID(),
    };
    writes = await writesWithBodies(values);
    tables = (
      await rowsOf<{ name: string }>(
        db(),
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    ).map((row) => row.name);
  });

  afterAll(() => {
    console.info(
      `[fuzz] ${context.kind}: ${cases} hostile requests over ${writes?.length ?? 0} write endpoints (FUZZ_RUNS=${RUNS})`,
    );
  });

  /**
   * The row count of every table: an invalid request must leave all of them as they were. What
   * records a refused attempt on purpose is left out: sign-in attempts (a wrong current password
   * counts as a failed sign-in), the account's own security log (which shows such a refusal) and
   * audit rows of denied or failed attempts.
   */
  async function snapshot(): Promise<Record<string, number>> {
    const counted = (table: string) => (table === "audit_log" ? `"audit_log" where outcome = 'ok'` : `"${table}"`);
    const parts = tables
      .filter((table) => table !== "login_attempts" && table !== "security_events")
      .map((table) => `select '${table}' as name, count(*)::int as n from ${counted(table)}`)
      .join(" union all ");
    const rows = await rowsOf<{ name: string; n: number }>(db(), sql.raw(parts));
    return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
  }

  function actorFor(template: string): Actor | null {
    if (template === "sign-up") return null;
    if (template.startsWith("admin/")) return world.admin;
    // Only the family's parents get as far as reading an import's body (its coach is refused first).
    if (
      template === "locale" ||
      template.startsWith("me/") ||
      template.startsWith("sessions/") ||
      template === "families/[familyId]/import"
    )
      return world.parent;
    return world.coach;
  }

  /** Runs one hostile body: never a 500, and a refusal writes nothing at all. */
  async function expectHarmless(write: Write, body: unknown, label: string, mustRefuse: boolean) {
    cases++;
    signedIn.actor = actorFor(write.template);
    // Emails leave after the answer (lib/email/send-soon.ts): the last request's are in the outbox
    // before this one starts, and this one's before it is judged.
    await accountEmailsSettled();
    const before = await snapshot();
    const answer = await call(write, values, JSON.stringify(body));
    await accountEmailsSettled();
    const where = `${write.method} ${write.template} ${label}: ${JSON.stringify(body)?.slice(0, 200)} → ${answer.status} ${answer.text.slice(0, 200)}`;
    expect(answer.status, where).not.toBeGreaterThanOrEqual(500);
    if (mustRefuse) expect(answer.status, where).toBeGreaterThanOrEqual(400);
    if (answer.status >= 400) expect(await snapshot(), where).toEqual(before);
  }

  it("finds the writes to fuzz", () => {
    const names = writes.map((write) => `${write.method} ${write.template}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "POST families/[familyId]/providers",
        "POST families/[familyId]/messages",
        "POST sign-up",
        "POST admin/coaches",
        "PATCH families/[familyId]/notes/[noteId]",
      ]),
    );
    expect(writes.length).toBeGreaterThanOrEqual(22);
  });

  it("random JSON of any shape: never a 500, never a row from what was refused", async () => {
    for (const write of writes) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 })), async (body) =>
          expectHarmless(write, body, "random", false),
        ),
        { numRuns: RUNS },
      );
    }
  });

  it("a valid body with one field made hostile: never a 500, never a row from what was refused", async () => {
    for (const write of writes) {
      await fc.assert(
        fc.asyncProperty(mutated(write.valid as Record<string, unknown>), async (body) =>
          expectHarmless(write, body, "mutated", false),
        ),
        { numRuns: RUNS },
      );
    }
  });

  it("extra fields such as role or familyId are refused with 400, nothing written", async () => {
    for (const write of writes) {
      for (const extra of EXTRA_FIELDS) {
        const body = { ...(write.valid as Record<string, unknown>), ...extra };
        if (Object.keys(extra).every((key) => key in (write.valid as object))) continue; // a field the route does take
        await expectHarmless(write, body, `extra ${Object.keys(extra).join()}`, true);
      }
    }
  });

  it("impossible dates in every date field are refused with 400, nothing written", async () => {
    let dated = 0;
    for (const write of writes) {
      for (const key of Object.keys(write.valid as object).filter((name) => /On$|^on$|Date$/.test(name))) {
        dated++;
        for (const date of BAD_DATES)
          await expectHarmless(
            write,
            { ...(write.valid as Record<string, unknown>), [key]: date },
            `date ${key}`,
            true,
          );
      }
    }
    expect(dated).toBeGreaterThanOrEqual(5);
  });

  it("deep nesting and huge arrays in every body: refused with a 4xx before anything recurses, nothing written", async () => {
    const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    const huge = (count: number, item: string) => `[${Array(count).fill(item).join(",")}]`;
    for (const write of writes) {
      const valid = write.valid as Record<string, unknown>;
      const raws = [deepArray(5_000), deepObject(2_000), `[${deepObject(40)}]`];
      for (const key of Object.keys(valid)) {
        const withField = (raw: string) => JSON.stringify({ ...valid, [key]: "§" }).replace('"§"', raw);
        raws.push(withField(deepArray(5_000)), withField(deepObject(33)), withField(huge(100_000, "0")));
        raws.push(withField(huge(20_001, "{}")), withField(huge(5_000, JSON.stringify(valid))));
      }
      for (const raw of raws) {
        cases++;
        signedIn.actor = actorFor(write.template);
        const before = await snapshot();
        const answer = await call(write, values, raw);
        const where = `${write.method} ${write.template} with ${raw.slice(0, 80)}… (${raw.length} chars): ${answer.text.slice(0, 200)}`;
        expect(answer.status, where).toBeGreaterThanOrEqual(400);
        expect(answer.status, where).toBeLessThan(500);
        expect(await snapshot(), where).toEqual(before);
      }
    }
  });

  it("a body that is not JSON, or too big, is refused the same way", async () => {
    for (const write of writes) {
      for (const raw of ["{", "null", "[]", '"text"', '{"a":1}'.repeat(3), "\u0000"]) {
        cases++;
        signedIn.actor = actorFor(write.template);
        await accountEmailsSettled();
        const before = await snapshot();
        const answer = await call(write, values, raw);
        expect(
          answer.status,
          `${write.method} ${write.template} with ${JSON.stringify(raw)}: ${answer.text}`,
        ).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(await snapshot()).toEqual(before);
      }
    }
  });

  it("every write refuses cross-site requests with 403 and writes nothing", async () => {
    const hostile: Record<string, string>[] = [
      { origin: "https://evil.example", "content-type": "application/json" },
      { origin: "null", "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    ];
    let refused = 0;
    for (const template of apiRoutes()) {
      const routeModule = await loadRoute(template);
      for (const method of methodsOf(routeModule)) {
        if (method === "GET") continue;
        const body = bodyFor(method, template, values);
        for (const headers of hostile) {
          signedIn.actor = actorFor(template);
          await accountEmailsSettled();
          const before = await snapshot();
          const answer = await call(
            { method, template, module: routeModule, valid: body },
            values,
            body === undefined ? undefined : JSON.stringify(body),
            headers,
          );
          expect(answer.status, `${method} ${template} with ${JSON.stringify(headers)}: ${answer.text}`).toBe(403);
          expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "cross_site" } });
          expect(await snapshot(), `${method} ${template} with ${JSON.stringify(headers)}`).toEqual(before);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThanOrEqual(4 * 30);
  });
});
