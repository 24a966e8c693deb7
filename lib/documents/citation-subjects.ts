import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { childNeeds, children, neededServices, providers } from "@/db/schema";
import { invalidFields } from "@/lib/core/validation";
import { gapSubjectParts, type CitationSubjectType } from "@/lib/schemas/documents";

/**
 * Whether the thing a citation points at is in this family's record. One check per subject
 * type: a new kind of subject (a request, issue 19) adds its type to CITATION_SUBJECT_TYPES and
 * its check here, and nothing else about citations changes.
 */
const SUBJECT_CHECKS: Record<CitationSubjectType, (db: Executor, familyId: string, id: string) => Promise<boolean>> = {
  provider: async (db, familyId, id) =>
    (
      await db
        .select({ id: providers.id })
        .from(providers)
        .where(and(eq(providers.id, id), eq(providers.familyId, familyId)))
    ).length === 1,
  need: async (db, familyId, id) =>
    (
      await db
        .select({ id: childNeeds.id })
        .from(childNeeds)
        .innerJoin(children, eq(children.id, childNeeds.childId))
        .where(and(eq(childNeeds.id, id), eq(children.familyId, familyId)))
    ).length === 1,
  "needed-service": async (db, familyId, id) =>
    (
      await db
        .select({ id: neededServices.id })
        .from(neededServices)
        .innerJoin(children, eq(children.id, neededServices.childId))
        .where(and(eq(neededServices.id, id), eq(children.familyId, familyId)))
    ).length === 1,
  // A gap is a child's service: the child must be the family's (the service is checked by the schema).
  gap: async (db, familyId, id) => {
    const parts = gapSubjectParts(id);
    if (!parts) return false;
    const found = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.id, parts.childId), eq(children.familyId, familyId)));
    return found.length === 1;
  },
};

export async function assertSubjectOfFamily(
  db: Executor,
  familyId: string,
  subjectType: CitationSubjectType,
  subjectId: string,
): Promise<void> {
  if (!(await SUBJECT_CHECKS[subjectType](db, familyId, subjectId)))
    throw invalidFields({ subjectId: "validation.unknownSubject" });
}
