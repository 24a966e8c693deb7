import { and, eq, isNull, lt } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { BENCH_FAMILY, generateCaseload } from "@/lib/cli/generate/caseload";
import { providers } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { hashPassword } from "@/lib/identity/password";
import { familyGaps, familyTimeline } from "@/lib/care-team/gaps";
import { loadFamilyRecords } from "@/lib/care-team/records";
import { familyGapsOn, timeline } from "@/lib/domain/gaps";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

// Every statement the app sends passes through this logger while the suite runs.
const statements: string[] = [];
const logger = { logQuery: (query: string) => void statements.push(query) };

async function counted<T>(work: () => Promise<T>): Promise<{ answer: T; count: number }> {
  const before = statements.length;
  const answer = await work();
  return { answer, count: statements.length - before };
}

const ON = "2026-11-25";

describeEachDatabase(
  "a family's gaps and timeline, kept for as long as its records stand",
  (context) => {
    const db = () => context.handle.db;
    let coach: Actor;
    let familyId: string;

    beforeAll(async () => {
      coach = await makeActor(db(), "coach");
      const passwordHash = await hashPassword("generated parents never sign in");
      const generated = await generateCaseload(db(), {
        coachId: coach.id,
        count: 1,
        today: ON,
        passwordHash,
        seed: 9,
        label: "kept",
        shape: { ...BENCH_FAMILY, messages: 2 },
      });
      familyId = generated.familyIds[0]!;
    }, 60_000);

    it("reads the records once, answers again from what it kept, and reads them again after a change", async () => {
      const cold = await counted(() => familyGaps(coach, familyId, ON, "en"));
      const warm = await counted(() => familyGaps(coach, familyId, ON, "en"));
      expect(warm.answer).toEqual(cold.answer);
      // The relation and the coach's audit row, nothing of the records.
      expect(warm.count).toBe(2);
      expect(cold.count).toBeGreaterThan(warm.count);

      // Every current provider leaves: whatever path writes it, the care version moves and the answer with it.
      const left = await db()
        .update(providers)
        .set({ endOn: "2026-11-20" })
        .where(and(eq(providers.familyId, familyId), lt(providers.startOn, "2026-11-20"), isNull(providers.endOn)))
        .returning({ id: providers.id });
      expect(left.length).toBeGreaterThan(0);
      const changed = await counted(() => familyGaps(coach, familyId, ON, "en"));
      expect(changed.count).toBe(cold.count);
      const records = await loadFamilyRecords(db(), familyId);
      const engine = familyGapsOn(records.children, records.providers, ON);
      expect(
        changed.answer.children.map((child) =>
          child.services.map(({ serviceId, status, since }) => ({ serviceId, status, since })),
        ),
      ).toEqual(
        engine.children.map((child) =>
          child.services.map(({ serviceId, status, since }) => ({ serviceId, status, since })),
        ),
      );
      expect(changed.answer).not.toEqual(cold.answer);
    });

    it("keeps a timeline per range, and the kept one is the engine's", async () => {
      const weekly = await counted(() => familyTimeline(coach, familyId, { step: "week", to: ON }));
      const again = await counted(() => familyTimeline(coach, familyId, { step: "week", to: ON }));
      const monthly = await counted(() => familyTimeline(coach, familyId, { step: "month", to: ON }));
      expect(again.answer).toEqual(weekly.answer);
      expect(again.count).toBe(2);
      expect(monthly.count).toBe(weekly.count);
      expect(monthly.answer.dates.length).toBeLessThan(weekly.answer.dates.length);
      const records = await loadFamilyRecords(db(), familyId);
      const engine = timeline(records.children, records.providers, weekly.answer.from, ON, "week");
      expect(weekly.answer.children.map(({ childId, services }) => ({ childId, services }))).toEqual(
        engine.children.map(({ childId, services }) => ({ childId, services })),
      );
    });
  },
  { logger },
);
