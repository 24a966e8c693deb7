import "server-only";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { practiceToday } from "@/lib/care-team/gaps";
import { combineTrends, familyTrend, type CaseloadTrends } from "@/lib/domain/caseload/trends";
import type { IsoDate } from "@/lib/core/dates";
import { perFamily } from "@/lib/care-team/engine-cache";
import { caseloadScope } from "./scope";

export type CaseloadTrendsDto = CaseloadTrends & { on: IsoDate; familyCount: number };

/** Missing services across a coach's active caseload, month by month for a year, and which are missing most. */
export async function caseloadTrends(actor: Actor, now = new Date()): Promise<CaseloadTrendsDto> {
  const db = await getDb();
  const on = practiceToday(now);
  const listed = await db
    .select({ id: families.id, careVersion: families.careVersion })
    .from(families)
    .where(caseloadScope(db, actor, { flags: [] }));
  const trends = await perFamily(db, "trend", listed, on, ({ children, providers }) =>
    familyTrend(children, providers, on),
  );
  return { ...combineTrends([...trends.values()], on), on, familyCount: listed.length };
}
