import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { documentCitations, documents, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { inFamily, readFamily } from "@/lib/care-team/scope";
import { notFound } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type { CitationCreateInput, CitationListQuery, DocumentKind } from "@/lib/schemas/documents";
import { isId } from "@/lib/schemas/fields";
import { assertSubjectOfFamily } from "./citation-subjects";
import type { CitationDto } from "./dto";

const columns = {
  citation: documentCitations,
  document: {
    id: documents.id,
    title: documents.title,
    kind: documents.kind,
    documentDate: documents.documentDate,
    contentType: documents.contentType,
  },
  creatorName: users.name,
};

type Row = {
  citation: typeof documentCitations.$inferSelect;
  document: { id: string; title: string; kind: string; documentDate: string | null; contentType: string };
  creatorName: string | null;
};

function toDto({ citation, document, creatorName }: Row): CitationDto {
  return {
    id: citation.id,
    documentId: citation.documentId,
    document: { ...document, kind: document.kind as DocumentKind },
    subjectType: citation.subjectType,
    subjectId: citation.subjectId,
    page: citation.page,
    quote: citation.quote,
    createdBy: citation.createdById && creatorName ? { id: citation.createdById, name: creatorName } : null,
    createdAt: citation.createdAt.toISOString(),
  };
}

/** The family's citations, oldest first, optionally of one subject or one document. */
export async function citationsOfFamily(db: Executor, familyId: string, query: CitationListQuery = {}) {
  const rows = await db
    .select(columns)
    .from(documentCitations)
    .innerJoin(documents, eq(documents.id, documentCitations.documentId))
    .leftJoin(users, eq(users.id, documentCitations.createdById))
    .where(
      and(
        eq(documentCitations.familyId, familyId),
        query.subjectType ? eq(documentCitations.subjectType, query.subjectType) : undefined,
        query.subjectId ? eq(documentCitations.subjectId, query.subjectId) : undefined,
        query.documentId ? eq(documentCitations.documentId, query.documentId) : undefined,
      ),
    )
    .orderBy(asc(documentCitations.createdAt), asc(documentCitations.id));
  return rows.map(toDto);
}

export async function listCitations(actor: Actor, familyId: string, query: CitationListQuery = {}) {
  const db = await getDb();
  await readFamily(db, actor, familyId, "documents");
  return citationsOfFamily(db, familyId, query);
}

/** Cites one of the family's documents for something in the family's record. */
export async function createCitation(
  actor: Actor,
  familyId: string,
  input: CitationCreateInput,
  request: IdempotentRequest | null = null,
): Promise<CitationDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const [document] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, input.documentId), eq(documents.familyId, familyId)));
      if (!document) throw invalidFields({ documentId: "validation.unknownDocument" });
      await assertSubjectOfFamily(tx, familyId, input.subjectType, input.subjectId);
      const [row] = await tx
        .insert(documentCitations)
        .values({
          familyId,
          documentId: input.documentId,
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          page: input.page ?? null,
          quote: input.quote ?? null,
          createdById: actor.id,
        })
        .returning({ id: documentCitations.id });
      const [created] = await tx
        .select(columns)
        .from(documentCitations)
        .innerJoin(documents, eq(documents.id, documentCitations.documentId))
        .leftJoin(users, eq(users.id, documentCitations.createdById))
        .where(eq(documentCitations.id, row!.id));
      return toDto(created!);
    },
    request,
  );
}

export async function deleteCitation(
  actor: Actor,
  familyId: string,
  citationId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      if (!isId(citationId)) throw notFound();
      const removed = await tx
        .delete(documentCitations)
        .where(and(eq(documentCitations.id, citationId), eq(documentCitations.familyId, familyId)))
        .returning({ id: documentCitations.id });
      if (removed.length === 0) throw notFound();
    },
    request,
  );
}
