import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareKeys,
  pageOf,
  passesFilters,
  sortKey,
  type RankedFields,
  type SortKey,
} from "@/lib/domain/caseload/rank";
import { combineTrends, familyTrend, trendDates } from "@/lib/domain/caseload/trends";
import { addDays } from "@/lib/core/dates";
import { familyGapsOn, summarizeGaps, type ChildRecord, type ProviderRecord } from "@/lib/domain/gaps";
import { dateArb, familyArb } from "../support/care-records";

const row = (familyId: string, fields: Partial<RankedFields> = {}): RankedFields => ({
  familyId,
  name: `Family ${familyId}`,
  safetyGap: false,
  longestMissing: null,
  unread: 0,
  overdueRequests: 0,
  lastActivityAt: null,
  ...fields,
});

describe("overdue requests in the caseload", () => {
  it("a family owed an answer ranks after safety gaps and before longer gaps; the filter keeps only those", () => {
    const rows = [
      row("long", { longestMissing: { days: 500 } }),
      row("owed", { longestMissing: { days: 5 }, overdueRequests: 2 }),
      row("safety", { safetyGap: true }),
    ];
    expect(pageOf(rows, "priority", null, 10).rows.map((r) => r.familyId)).toEqual(["safety", "owed", "long"]);
    const now = new Date("2026-12-05T18:00:00Z");
    expect(rows.filter((r) => passesFilters(r, ["overdue-requests"], now)).map((r) => r.familyId)).toEqual(["owed"]);
  });
});

describe("caseload ranking", () => {
  const rows = [
    row("a", { name: "Alder", unread: 3 }),
    row("b", { name: "Birch", longestMissing: { days: 400 } }),
    row("c", { name: "cedar", safetyGap: true, longestMissing: { days: 10 } }),
    row("d", { name: "Dogwood", longestMissing: { days: 400 }, unread: 1, lastActivityAt: "2026-11-20T10:00:00.000Z" }),
    row("e", {
      name: "Elm",
      safetyGap: true,
      longestMissing: { days: 90 },
      lastActivityAt: "2026-11-24T10:00:00.000Z",
    }),
  ];
  const order = (sort: "priority" | "name" | "activity") => pageOf(rows, sort, null, 10).rows.map((r) => r.familyId);

  it("puts safety gaps first, then the longest missing service, then unread messages", () => {
    expect(order("priority")).toEqual(["e", "c", "d", "b", "a"]);
  });

  it("sorts names without regard to case, and activity newest first with the never-active last", () => {
    expect(order("name")).toEqual(["a", "b", "c", "d", "e"]);
    expect(order("activity")).toEqual(["e", "d", "a", "b", "c"]);
  });

  it("pages through any sort with a key cursor: every row once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            safetyGap: fc.boolean(),
            longestMissing: fc.option(fc.record({ days: fc.integer({ min: 0, max: 50 }) }), { nil: null }),
            unread: fc.integer({ min: 0, max: 3 }),
            name: fc.constantFrom("Ash", "ash", "Birch", "Ölm", "Zed"),
            lastActivityAt: fc.option(fc.constantFrom("2026-01-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z"), {
              nil: null,
            }),
          }),
          { maxLength: 30 },
        ),
        fc.constantFrom("priority" as const, "name" as const, "activity" as const),
        fc.integer({ min: 1, max: 7 }),
        (fields, sort, limit) => {
          const all = fields.map((f, index) => row(`id-${String(index).padStart(2, "0")}`, f));
          const walked: string[] = [];
          let after: SortKey | null = null;
          for (let guard = 0; guard <= all.length; guard++) {
            const page: { rows: RankedFields[]; nextKey: SortKey | null } = pageOf(all, sort, after, limit);
            walked.push(...page.rows.map((r) => r.familyId));
            if (!page.nextKey) break;
            after = page.nextKey;
          }
          expect(walked).toEqual(pageOf(all, sort, null, all.length + 1).rows.map((r) => r.familyId));
          expect(new Set(walked).size).toBe(all.length);
        },
      ),
    );
  });

  it("compares keys left to right, numbers as numbers", () => {
    expect(compareKeys([1, "b"], [1, "a"])).toBe(1);
    expect(compareKeys([2], [10])).toBe(-1);
    expect(compareKeys(sortKey(rows[0]!, "name"), sortKey(rows[0]!, "name"))).toBe(0);
  });

  it("filters on safety gaps, unread messages and thirty days without the family", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const kept = (filter: "safety-gap" | "unread" | "inactive") =>
      rows.filter((r) => passesFilters(r, [filter], now)).map((r) => r.familyId);
    expect(kept("safety-gap")).toEqual(["c", "e"]);
    expect(kept("unread")).toEqual(["a", "d"]);
    expect(kept("inactive")).toEqual(["a", "b", "c"]);
    expect(passesFilters(row("x", { lastActivityAt: "2026-10-26T11:59:00.000Z" }), ["inactive"], now)).toBe(true);
    expect(passesFilters(row("x", { lastActivityAt: "2026-10-26T12:01:00.000Z" }), ["inactive"], now)).toBe(false);
  });
});

describe("gap summary", () => {
  const child = (needs: [string, string][], marks: string[] = []): ChildRecord => ({
    id: "kid",
    needs: needs.map(([needId, identifiedOn], index) => ({ id: `n${index}`, needId, identifiedOn, resolvedOn: null })),
    serviceMarks: marks.map((serviceId, index) => ({
      id: `m${index}`,
      serviceId,
      markedOn: "2026-01-01",
      clearedOn: null,
    })),
  });
  const provider = (credentialId: string, servicesDelivered: string[], startOn = "2026-01-01"): ProviderRecord => ({
    id: `${credentialId}-${servicesDelivered.join("+")}`,
    statedTitle: "Therapist",
    credentialIds: [credentialId],
    supervisor: null,
    servicesDelivered,
    trainedIn: [],
    childIds: ["kid"],
    startOn,
    endOn: null,
  });

  it("finds a safety gap when a self-harm, aggression or sexualized-behavior need goes without a qualified safety plan", () => {
    for (const needId of ["self-harm", "aggression", "sexualized-behavior"]) {
      expect(summarizeGaps(familyGapsOn([child([[needId, "2026-01-01"]])], [], "2026-03-01")).safetyGap, needId).toBe(
        true,
      );
      const planned = familyGapsOn(
        [child([[needId, "2026-01-01"]])],
        [provider("lcsw", ["safety-planning"])],
        "2026-03-01",
      );
      expect(summarizeGaps(planned).safetyGap, needId).toBe(false);
    }
    const mismatched = familyGapsOn(
      [child([["self-harm", "2026-01-01"]])],
      [provider("qmha", ["safety-planning"])],
      "2026-03-01",
    );
    expect(mismatched.children[0]!.services.find((s) => s.serviceId === "safety-planning")?.status).toBe("mismatch");
    expect(summarizeGaps(mismatched).safetyGap).toBe(true);
  });

  it("does not call a safety plan marked needed without a safety-relevant need a safety gap", () => {
    const gaps = familyGapsOn([child([["anxiety", "2026-01-01"]], ["safety-planning"])], [], "2026-03-01");
    expect(gaps.children[0]!.services.find((s) => s.serviceId === "safety-planning")?.status).toBe("missing");
    expect(summarizeGaps(gaps).safetyGap).toBe(false);
  });

  it("counts statuses, the longest missing service and gaps newer than thirty days", () => {
    const gaps = familyGapsOn(
      [
        child([
          ["self-harm", "2026-02-15"],
          ["trauma", "2025-12-01"],
        ]),
      ],
      [provider("qmha", ["individual-therapy"], "2026-03-01")],
      "2026-03-10",
    );
    const summary = summarizeGaps(gaps);
    const services = gaps.children[0]!.services;
    for (const status of ["missing", "mismatch", "unverified", "covered"] as const) {
      expect(summary.counts[status]).toBe(services.filter((s) => s.status === status).length);
    }
    expect(summary.longestMissing).toEqual({ serviceId: expect.any(String), days: 99 });
    expect(summary.newGaps).toBe(
      services.filter(
        (s) => (s.status === "missing" || s.status === "mismatch") && s.since > addDays("2026-03-10", -30),
      ).length,
    );
    expect(summary.newGaps).toBeGreaterThan(0);
  });
});

describe("caseload trends", () => {
  it("count, at every monthly sample, exactly the missing services the engine finds that day", () => {
    fc.assert(
      fc.property(familyArb, dateArb, ({ children, providers }, on) => {
        const trend = familyTrend(children, providers, on);
        const dates = trendDates(on);
        expect(trend.missing).toHaveLength(dates.length);
        dates.forEach((date, index) => {
          const gaps = familyGapsOn(children, providers, date);
          expect(trend.missing[index]).toBe(summarizeGaps(gaps).counts.missing);
        });
        const today = familyGapsOn(children, providers, on).children.flatMap((c) =>
          c.services.filter((s) => s.status === "missing").map((s) => s.serviceId),
        );
        expect([...trend.missingToday].sort()).toEqual(today.sort());
      }),
      { numRuns: 60 },
    );
  });

  it("ends on today, twelve months in all", () => {
    expect(trendDates("2026-11-25")).toEqual([
      "2025-12-25",
      "2026-01-25",
      "2026-02-25",
      "2026-03-25",
      "2026-04-25",
      "2026-05-25",
      "2026-06-25",
      "2026-07-25",
      "2026-08-25",
      "2026-09-25",
      "2026-10-25",
      "2026-11-25",
    ]);
  });

  it("adds families up and ranks the services missing most", () => {
    const combined = combineTrends(
      [
        { missing: Array(12).fill(1), missingToday: ["family-therapy"] },
        { missing: [...Array(11).fill(0), 3], missingToday: ["family-therapy", "family-therapy", "safety-planning"] },
      ],
      "2026-11-25",
    );
    expect(combined.months[0]).toEqual({ on: "2025-12-25", missing: 1, families: 1 });
    expect(combined.months[11]).toEqual({ on: "2026-11-25", missing: 4, families: 2 });
    expect(combined.mostMissing).toEqual([
      { serviceId: "family-therapy", children: 3, families: 2 },
      { serviceId: "safety-planning", children: 1, families: 1 },
    ]);
  });
});
