import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { childNeeds, children, neededServices } from "@/db/schema";
import type { ChildRecord, ProviderRecord } from "@/lib/domain/gaps";
import type { ChildDto, ProviderDto } from "./dto";
import { providersOfFamily } from "./providers";

export type FamilyRecords = { children: (ChildRecord & Pick<ChildDto, "name" | "birthYear">)[]; providers: (ProviderRecord & Pick<ProviderDto, "name">)[] };

/** Everything the gap engine needs about one family, in a fixed number of queries. */
export async function loadFamilyRecords(db: Executor, familyId: string): Promise<FamilyRecords> {
  const [childRows, needRows, markRows, providerList] = await Promise.all([
    db.select().from(children).where(eq(children.familyId, familyId)).orderBy(asc(children.createdAt), asc(children.id)),
    db.select({ need: childNeeds }).from(childNeeds).innerJoin(children, eq(children.id, childNeeds.childId)).where(eq(children.familyId, familyId)),
    db.select({ mark: neededServices }).from(neededServices).innerJoin(children, eq(children.id, neededServices.childId)).where(eq(children.familyId, familyId)),
    providersOfFamily(db, familyId),
  ]);
  return {
    children: childRows.map((child) => ({
      id: child.id,
      name: child.name,
      birthYear: child.birthYear,
      needs: needRows.filter(({ need }) => need.childId === child.id).map(({ need }) => need),
      serviceMarks: markRows.filter(({ mark }) => mark.childId === child.id).map(({ mark }) => mark),
    })),
    providers: providerList.map((provider) => ({ ...provider, answeredQuestionIds: Object.keys(provider.answers) })),
  };
}
