import { beforeAll, expect, it } from "vitest";
import { BENCH_FAMILY, generateCaseload } from "@/lib/cli/generate/caseload";
import type { Actor } from "@/lib/identity/actor";
import { hashPassword } from "@/lib/identity/password";
import { caseloadPage } from "@/lib/caseload/list";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";
import { describeEachDatabase } from "./support/databases";
import { makeActor } from "./support/factories";

// Every statement the app sends passes through this logger while the suite runs.
const statements: string[] = [];
const logger = { logQuery: (query: string) => void statements.push(query) };

async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const before = statements.length;
  await work();
  return statements.slice(before);
}

const NOW = new Date("2026-11-25T20:00:00Z");

describeEachDatabase(
  "the caseload's number of queries",
  (context) => {
    const db = () => context.handle.db;
    let small: Actor, large: Actor;

    beforeAll(async () => {
      [small, large] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "coach")]);
      const passwordHash = await hashPassword("generated parents never sign in");
      const shape = { ...BENCH_FAMILY, messages: 10 };
      await generateCaseload(db(), {
        coachId: small.id,
        count: 5,
        today: "2026-11-25",
        passwordHash,
        seed: 5,
        label: "small",
        shape,
      });
      await generateCaseload(db(), {
        coachId: large.id,
        count: 200,
        today: "2026-11-25",
        passwordHash,
        seed: 200,
        label: "large",
        shape,
      });
    }, 120_000);

    type Page = Awaited<ReturnType<typeof caseloadPage>>;
    const counted = async (actor: Actor, input: Record<string, string> = {}) => {
      let page: Page | undefined;
      const sent = await statementsDuring(
        async () => (page = await caseloadPage(actor, caseloadQuerySchema.parse(input), NOW)),
      );
      return { page: page!, count: sent.length };
    };

    it("is the same for a caseload of 5 and of 200 families, the first time and once the engine's answers are kept", async () => {
      const cold = [await counted(small), await counted(large)];
      const warm = [await counted(small), await counted(large)];
      expect(cold.map(({ page }) => page.total)).toEqual([5, 200]);
      expect(cold[1]!.page.families).toHaveLength(50);
      expect(cold[1]!.page.families.some((row) => row.missing + row.mismatch > 0)).toBe(true);
      console.log(
        `[caseload] statements per request (${context.kind}): first ${cold[0]!.count} for 5 families and ${cold[1]!.count} for 200; then ${warm[0]!.count} and ${warm[1]!.count}`,
      );
      expect(cold[1]!.count).toBe(cold[0]!.count);
      expect(warm[1]!.count).toBe(warm[0]!.count);
      expect(cold[0]!.count).toBeLessThanOrEqual(8);
      expect(warm[0]!.count).toBeLessThan(cold[0]!.count);
      // Kept answers are the same answers.
      expect(warm[1]!.page.families).toEqual(cold[1]!.page.families);
    });

    it("walks every page of 200 families without gaps or repeats", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { page } = await counted(large, { limit: "64", ...(cursor ? { cursor } : {}) });
        seen.push(...page.families.map((row) => row.familyId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(200);
      expect(new Set(seen).size).toBe(200);
    });
  },
  { logger },
);
