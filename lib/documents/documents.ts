import "server-only";
import { createReadStream } from "node:fs";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { documentChildren, documents, storedFiles, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { familyRelation } from "@/lib/identity/family-access";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { inFamily, readFamily } from "@/lib/care-team/scope";
import { AppError, notFound } from "@/lib/core/errors";
import { createGate } from "@/lib/core/gate";
import { processSingleton } from "@/lib/core/singleton";
import { FAMILY_DOCUMENTS_MAX_BYTES } from "@/lib/schemas/limits";
import type { DocumentKind, DocumentListQuery, DocumentPatchInput, DocumentUploadInput } from "@/lib/schemas/documents";
import { isId } from "@/lib/schemas/fields";
import { assertLinksOfFamily } from "@/lib/requests/links";
import type { DocumentDto } from "./dto";
import { fileStore } from "./file-store";
import type { PreparedFile } from "./inspect";

const MB = 1024 * 1024;

const columns = {
  id: documents.id,
  familyId: documents.familyId,
  fileId: documents.fileId,
  title: documents.title,
  kind: documents.kind,
  contentType: documents.contentType,
  fileName: documents.fileName,
  size: storedFiles.size,
  sha256: storedFiles.sha256,
  documentDate: documents.documentDate,
  providerId: documents.providerId,
  requestId: documents.requestId,
  uploadedById: documents.uploadedById,
  uploaderName: users.name,
  uploaderRole: users.role,
  uploadedAt: documents.uploadedAt,
  updatedAt: documents.updatedAt,
};

type Row = {
  id: string;
  fileId: string;
  title: string;
  kind: string;
  contentType: string;
  fileName: string;
  size: number;
  sha256: string;
  documentDate: string | null;
  providerId: string | null;
  requestId: string | null;
  uploadedById: string | null;
  uploaderName: string | null;
  uploaderRole: "parent" | "coach" | "admin" | null;
  uploadedAt: Date;
  updatedAt: Date;
};

function toDto(row: Row, childIds: string[]): DocumentDto {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as DocumentKind,
    contentType: row.contentType,
    fileName: row.fileName,
    size: Number(row.size),
    sha256: row.sha256,
    documentDate: row.documentDate,
    childIds,
    providerId: row.providerId,
    requestId: row.requestId,
    uploadedBy:
      row.uploadedById && row.uploaderName && row.uploaderRole
        ? { id: row.uploadedById, name: row.uploaderName, role: row.uploaderRole }
        : null,
    uploadedAt: row.uploadedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function selectDocuments(db: Executor) {
  return db
    .select(columns)
    .from(documents)
    .innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
    .leftJoin(users, eq(users.id, documents.uploadedById));
}

/** The family's documents, newest paper first (by the date on it, else when it was added). */
export async function documentsOfFamily(db: Executor, familyId: string, query: DocumentListQuery = {}) {
  const rows = await selectDocuments(db)
    .where(
      and(
        eq(documents.familyId, familyId),
        query.kind ? eq(documents.kind, query.kind) : undefined,
        query.childId
          ? inArray(
              documents.id,
              db
                .select({ id: documentChildren.documentId })
                .from(documentChildren)
                .where(eq(documentChildren.childId, query.childId)),
            )
          : undefined,
      ),
    )
    .orderBy(
      desc(sql`coalesce(${documents.documentDate}, (${documents.uploadedAt} at time zone 'UTC')::date)`),
      desc(documents.uploadedAt),
      asc(documents.id),
    );
  const links = await childLinks(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toDto(row, links.get(row.id) ?? []));
}

async function childLinks(db: Executor, documentIds: string[]): Promise<Map<string, string[]>> {
  const byDocument = new Map<string, string[]>();
  if (documentIds.length === 0) return byDocument;
  const links = await db
    .select({ documentId: documentChildren.documentId, childId: documentChildren.childId })
    .from(documentChildren)
    .where(inArray(documentChildren.documentId, documentIds))
    .orderBy(asc(documentChildren.documentId), asc(documentChildren.childId));
  for (const link of links) {
    const list = byDocument.get(link.documentId);
    if (list) list.push(link.childId);
    else byDocument.set(link.documentId, [link.childId]);
  }
  return byDocument;
}

async function documentOfFamily(
  db: Executor,
  familyId: string,
  documentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ document: DocumentDto; fileId: string }> {
  if (!isId(documentId)) throw notFound();
  const query = selectDocuments(db).where(and(eq(documents.id, documentId), eq(documents.familyId, familyId)));
  const [row] = options.forUpdate ? await query.for("update", { of: documents }) : await query;
  if (!row) throw notFound();
  const links = await childLinks(db, [documentId]);
  return { document: toDto(row, links.get(documentId) ?? []), fileId: row.fileId };
}

export async function listDocuments(actor: Actor, familyId: string, query: DocumentListQuery = {}) {
  const db = await getDb();
  await readFamily(db, actor, familyId, "documents");
  return documentsOfFamily(db, familyId, query);
}

export async function getDocument(actor: Actor, familyId: string, documentId: string): Promise<DocumentDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "documents");
  return (await documentOfFamily(db, familyId, documentId)).document;
}

/**
 * Checked before an upload's body is read: someone who may not add to this family gets their
 * 404 (or 409 while the record waits for deletion) without sending 15 MB first.
 */
export async function assertMayAddDocuments(actor: Actor, familyId: string): Promise<void> {
  await familyRelation(await getDb(), actor, familyId, "change");
}

/**
 * Uploads write 15 MB at most each, two at a time per server: the others wait their turn here,
 * before their database deadline starts, rather than inside it behind the first ones' writes (on
 * the embedded database every write is queued on its one connection anyway).
 */
export function inStoringTurn<T>(work: () => Promise<T>): Promise<T> {
  return processSingleton("document-storing-gate", () => createGate(2))(work);
}

/**
 * Stores a prepared upload as a document of the family, in one transaction with its bytes,
 * its links and its audit row. The family's files may take 500 MB together: the check and the
 * write hold a per-family lock, so two uploads at once cannot both squeeze past it.
 */
export async function createDocument(
  actor: Actor,
  familyId: string,
  input: DocumentUploadInput,
  file: PreparedFile,
  request: IdempotentRequest | null = null,
): Promise<DocumentDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      await assertLinksOfFamily(tx, familyId, input);
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`documents:family:${familyId}`}))`);
      const used = await storageUsed(tx, familyId);
      if (used + file.size > FAMILY_DOCUMENTS_MAX_BYTES) {
        throw new AppError("family_storage_full", {
          file: {
            key: "validation.storageFull",
            values: { used: Math.floor((used / MB) * 10) / 10, needed: Math.ceil((file.size / MB) * 10) / 10 },
          },
        });
      }
      const stored = await fileStore.put(tx, familyId, createReadStream(file.path, { highWaterMark: 256 * 1024 }));
      const [row] = await tx
        .insert(documents)
        .values({
          familyId,
          fileId: stored.id,
          title: input.title,
          kind: input.kind,
          contentType: file.contentType,
          fileName: file.fileName,
          documentDate: input.documentDate ?? null,
          providerId: input.providerId ?? null,
          requestId: input.requestId ?? null,
          uploadedById: actor.id,
        })
        .returning({ id: documents.id });
      if (input.childIds.length > 0)
        await tx.insert(documentChildren).values(input.childIds.map((childId) => ({ documentId: row!.id, childId })));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.upload",
        outcome: "ok",
        familyId,
        targetType: "document",
        targetId: row!.id,
        details: { kind: input.kind, contentType: file.contentType, size: stored.size },
      });
      return (await documentOfFamily(tx, familyId, row!.id)).document;
    },
    request,
  );
}

export async function updateDocument(
  actor: Actor,
  familyId: string,
  documentId: string,
  input: DocumentPatchInput,
  request: IdempotentRequest | null = null,
): Promise<DocumentDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      await documentOfFamily(tx, familyId, documentId, { forUpdate: true });
      await assertLinksOfFamily(tx, familyId, input);
      const { childIds, ...fields } = input;
      await tx
        .update(documents)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(documents.id, documentId));
      if (childIds) {
        await tx.delete(documentChildren).where(eq(documentChildren.documentId, documentId));
        if (childIds.length > 0)
          await tx.insert(documentChildren).values(childIds.map((childId) => ({ documentId, childId })));
      }
      return (await documentOfFamily(tx, familyId, documentId)).document;
    },
    request,
  );
}

/** Removes the document and its bytes in one transaction; its citations and attachments go with it. */
export async function deleteDocument(
  actor: Actor,
  familyId: string,
  documentId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const { document, fileId } = await documentOfFamily(tx, familyId, documentId, { forUpdate: true });
      await tx.delete(documents).where(eq(documents.id, documentId));
      await fileStore.delete(tx, fileId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.delete",
        outcome: "ok",
        familyId,
        targetType: "document",
        targetId: documentId,
        details: { kind: document.kind, size: document.size },
      });
    },
    request,
  );
}

/**
 * A document's bytes for one of the family's members or its coach, a chunk at a time. Every
 * download is written to the audit log (who, which document, when), and the family sees its
 * coach's downloads in its access history.
 */
export async function openDocumentFile(
  actor: Actor,
  familyId: string,
  documentId: string,
): Promise<{ document: DocumentDto; bytes: AsyncIterable<Uint8Array> }> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const { document, fileId } = await documentOfFamily(db, familyId, documentId);
  await recordAudit(db, {
    actorId: actor.id,
    action: "document.download",
    outcome: "ok",
    familyId,
    targetType: "document",
    targetId: documentId,
  });
  return { document, bytes: fileStore.get(fileId) };
}

/** What the family's files take together, in bytes (the 500 MB the upload checks against). */
async function storageUsed(db: Executor, familyId: string): Promise<number> {
  const [usage] = await db
    .select({ used: sql<number>`coalesce(sum(${storedFiles.size}), 0)`.mapWith(Number) })
    .from(storedFiles)
    .where(eq(storedFiles.familyId, familyId));
  return usage?.used ?? 0;
}

/** The Documents page: the documents asked for, and the room the family's files take. */
export async function documentLibrary(actor: Actor, familyId: string, query: DocumentListQuery = {}) {
  const db = await getDb();
  await readFamily(db, actor, familyId, "documents");
  const [list, usedBytes] = await Promise.all([documentsOfFamily(db, familyId, query), storageUsed(db, familyId)]);
  return { documents: list, usedBytes };
}

/** Each document's stored file, to read its bytes into an export (the caller has authorized it). */
export async function documentFiles(db: Executor, familyId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: documents.id, fileId: documents.fileId })
    .from(documents)
    .where(eq(documents.familyId, familyId))
    .orderBy(asc(documents.id));
  return new Map(rows.map((row) => [row.id, row.fileId]));
}
