import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { practiceToday } from "@/lib/care-team/gaps";
import { pageOf, passesFilters, type CaseloadFilter } from "@/lib/domain/caseload/rank";
import type { IsoDate } from "@/lib/core/dates";
import { familyGapsOn, summarizeGaps } from "@/lib/domain/gaps";
import type { CaseloadQuery } from "@/lib/schemas/caseload";
import { decodeCursor, encodeCursor } from "./cursor";
import { listFamilies, loadRowDetails, type NextAction } from "./facts";
import { caseloadScope } from "./scope";
import { perFamily } from "@/lib/care-team/engine-cache";

export type CaseloadRow = {
  familyId: string;
  name: string;
  children: { id: string; name: string }[];
  missing: number;
  mismatch: number;
  unverified: number;
  safetyGap: boolean;
  longestMissing: { serviceId: string; days: number } | null;
  unread: number;
  /** The family's open requests past their due date today. */
  overdueRequests: number;
  lastActivityAt: string | null;
  newGaps30d: number;
  nextAction: NextAction | null;
  tags: string[];
  archived: boolean;
  /** When the family's record will be deleted, if a parent asked for it (restorable until then). */
  deletionDueAt: string | null;
  coaches: { id: string; name: string }[];
};

/** `tags`: every tag in the caseload before filtering, for the filter menu. */
/** A row before the page is cut: what ranking, filtering and the tag list need. */
type Ranked = Omit<CaseloadRow, "nextAction" | "coaches">;

export type CaseloadPage = {
  families: CaseloadRow[];
  nextCursor: string | null;
  total: number;
  on: IsoDate;
  tags: string[];
};

/**
 * A coach's caseload ranked by unmet need. The gap figures come from the same engine as each
 * family's own gaps page, fed by one bulk load of the families whose records changed since last
 * asked; one query lists and ranks, one more fills in the rows on the page: the number of queries
 * does not grow with the caseload. Only a coach has one: an admin's view of the practice is
 * lib/admin/families.ts, without any of the care facts below.
 */
export async function caseloadPage(actor: Actor, query: CaseloadQuery, now = new Date()): Promise<CaseloadPage> {
  const db = await getDb();
  const on = practiceToday(now);
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const listed = await listFamilies(db, actor, caseloadScope(db, actor, query), on);
  if (listed.length === 0) return { families: [], nextCursor: null, total: 0, on, tags: [] };
  const pictures = await perFamily(db, "caseload", listed, on, ({ children, providers }) => ({
    children: children.map((child) => ({ id: child.id, name: child.name })),
    summary: summarizeGaps(familyGapsOn(children, providers, on)),
  }));

  const rows = listed.map((family): Ranked => {
    const { children, summary } = pictures.get(family.id)!;
    return {
      familyId: family.id,
      name: family.name,
      children,
      missing: summary.counts.missing,
      mismatch: summary.counts.mismatch,
      unverified: summary.counts.unverified,
      safetyGap: summary.safetyGap,
      longestMissing: summary.longestMissing,
      unread: family.unread,
      overdueRequests: family.overdueRequests,
      lastActivityAt: family.lastActivityAt,
      newGaps30d: summary.newGaps,
      tags: family.tags,
      archived: family.archived,
      deletionDueAt: family.deletionDueAt,
    };
  });
  const filters = query.flags.filter((flag): flag is CaseloadFilter => flag !== "archived");
  const hasTags = (row: Ranked) => query.tags.every((tag) => row.tags.some((own) => own.toLowerCase() === tag));
  const kept = rows.filter((row) => passesFilters(row, filters, now) && hasTags(row));
  const page = pageOf(kept, query.sort, after, query.limit);
  const details = await loadRowDetails(
    db,
    actor,
    page.rows.map((row) => row.familyId),
  );
  const tags = [...new Map(rows.flatMap((row) => row.tags).map((tag) => [tag.toLowerCase(), tag])).values()].sort(
    (a, b) => a.localeCompare(b),
  );
  return {
    families: page.rows.map((row) => ({ ...row, ...details.get(row.familyId)! })),
    nextCursor: page.nextKey ? encodeCursor(query.sort, page.nextKey) : null,
    total: kept.length,
    on,
    tags,
  };
}
