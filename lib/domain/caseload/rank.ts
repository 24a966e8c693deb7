export type CaseloadSort = "priority" | "name" | "activity";

/** What ranking and filtering look at in a caseload row. */
export type RankedFields = {
  readonly familyId: string;
  readonly name: string;
  readonly safetyGap: boolean;
  readonly longestMissing: { readonly days: number } | null;
  readonly unread: number;
  /** Open requests past their due date: a deadline someone missed. */
  readonly overdueRequests: number;
  /** ISO timestamp of the family's own last action, null when they have done nothing yet. */
  readonly lastActivityAt: string | null;
};

export type SortKey = readonly (number | string)[];

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The row's position in a sort as a tuple compared left to right, ascending. It ends with the
 * family id so every row has exactly one place, which is what lets a cursor resume after it.
 * Priority: safety gaps first, then families with an overdue request (an answer someone owes them),
 * then the longest-missing service, then unread messages.
 */
export function sortKey(row: RankedFields, sort: CaseloadSort): SortKey {
  switch (sort) {
    case "priority":
      return [
        row.safetyGap ? 0 : 1,
        row.overdueRequests > 0 ? 0 : 1,
        -(row.longestMissing?.days ?? -1),
        -row.unread,
        row.name,
        row.familyId,
      ];
    case "name":
      return [row.name, row.familyId];
    case "activity":
      // Most recent first; families that never did anything last.
      return [row.lastActivityAt ? -Date.parse(row.lastActivityAt) : Number.MAX_SAFE_INTEGER, row.name, row.familyId];
  }
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const order =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : collator.compare(String(left), String(right)) || (String(left) < String(right) ? -1 : 1);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/** Sorted rows after the cursor's key (all rows without one), at most `limit`, and the next cursor key. */
export function pageOf<T extends RankedFields>(
  rows: readonly T[],
  sort: CaseloadSort,
  after: SortKey | null,
  limit: number,
): { rows: T[]; nextKey: SortKey | null } {
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort) })).sort((a, b) => compareKeys(a.key, b.key));
  const rest = after ? keyed.filter(({ key }) => compareKeys(key, after) > 0) : keyed;
  const page = rest.slice(0, limit);
  return { rows: page.map(({ row }) => row), nextKey: rest.length > limit ? page[page.length - 1]!.key : null };
}

const INACTIVE_DAYS = 30;

export type CaseloadFilter = "safety-gap" | "unread" | "inactive" | "overdue-requests";

/** Whether a row passes every filter; "inactive" means nothing from the family in INACTIVE_DAYS days. */
export function passesFilters(row: RankedFields, filters: readonly CaseloadFilter[], now: Date): boolean {
  const inactiveBefore = now.getTime() - INACTIVE_DAYS * 86_400_000;
  return filters.every((filter) => {
    if (filter === "safety-gap") return row.safetyGap;
    if (filter === "unread") return row.unread > 0;
    if (filter === "overdue-requests") return row.overdueRequests > 0;
    return row.lastActivityAt === null || Date.parse(row.lastActivityAt) < inactiveBefore;
  });
}
