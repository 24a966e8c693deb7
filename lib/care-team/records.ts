import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { childNeeds, children, neededServices } from "@/db/schema";
import type { ChildRecord, ProviderRecord } from "@/lib/domain/gaps";
import type { ChildDto, ProviderDto } from "./dto";
import { providersOfFamilies } from "./providers";

export type FamilyRecords = {
  children: (ChildRecord & Pick<ChildDto, "name" | "birthYear">)[];
  providers: (ProviderRecord & ProviderDto)[];
};

/** Everything the gap engine needs about one family, in a fixed number of queries. */
export async function loadFamilyRecords(db: Executor, familyId: string): Promise<FamilyRecords> {
  return (await loadRecordsOfFamilies(db, [familyId])).get(familyId)!;
}

/**
 * The engine's input for many families at once (a caseload): five queries whatever their number,
 * grouped by family in memory. Every id asked for gets an entry, empty when nothing is recorded.
 */
export async function loadRecordsOfFamilies(
  db: Executor,
  familyIds: readonly string[],
): Promise<Map<string, FamilyRecords>> {
  const records = new Map<string, FamilyRecords>(familyIds.map((id) => [id, { children: [], providers: [] }]));
  if (familyIds.length === 0) return records;
  const ids = [...familyIds];
  const [childRows, needRows, markRows, providersByFamily] = await Promise.all([
    db
      .select()
      .from(children)
      .where(inArray(children.familyId, ids))
      .orderBy(asc(children.createdAt), asc(children.id)),
    db
      .select()
      .from(childNeeds)
      .where(
        inArray(
          childNeeds.childId,
          db.select({ id: children.id }).from(children).where(inArray(children.familyId, ids)),
        ),
      ),
    db
      .select()
      .from(neededServices)
      .where(
        inArray(
          neededServices.childId,
          db.select({ id: children.id }).from(children).where(inArray(children.familyId, ids)),
        ),
      ),
    providersOfFamilies(db, ids),
  ]);
  const needsOf = groupBy(needRows, (need) => need.childId);
  const marksOf = groupBy(markRows, (mark) => mark.childId);
  for (const child of childRows) {
    records.get(child.familyId)!.children.push({
      id: child.id,
      name: child.name,
      birthYear: child.birthYear,
      needs: needsOf.get(child.id) ?? [],
      serviceMarks: marksOf.get(child.id) ?? [],
    });
  }
  for (const [familyId, providerList] of providersByFamily) {
    records.get(familyId)!.providers = providerList.map((provider) => ({
      ...provider,
      answeredQuestionIds: Object.keys(provider.answers),
    }));
  }
  return records;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
