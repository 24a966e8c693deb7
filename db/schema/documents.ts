import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { children, providers } from "./care-team";
import { families } from "./families";
import { messages } from "./messages";
import { requests } from "./requests";

/** Raw bytes: postgres.js hands back a Buffer, PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

// The bytes of a family's files, kept in Postgres so the embedded database, backups, the family's
// deletion and its export include them with no other server. A file is a row of `stored_files`
// (what lib/documents/store.ts hands out) and its bytes are rows of `stored_file_chunks`, a few
// hundred kilobytes each: no value is ever one giant bytea, and a download reads a chunk at a time.
export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    size: bigint({ mode: "number" }).notNull(),
    // Hex SHA-256 of the bytes as stored (and served).
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stored_files_family_idx").on(t.familyId)],
);

export const storedFileChunks = pgTable(
  "stored_file_chunks",
  {
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);

/** A paper the family keeps in Clarity: an evaluation, an IEP, a discharge plan, a notice. */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    title: text().notNull(),
    kind: text().notNull(),
    // The file's type as Clarity found it in its content (never the name or what the client said).
    contentType: text().notNull(),
    // The name to offer on download: the upload's own name, made safe, with the stored type's extension.
    fileName: text().notNull(),
    // The date on the paper itself (a plan's date, a notice's date), when the family knows it.
    documentDate: date({ mode: "string" }),
    providerId: uuid().references(() => providers.id, { onDelete: "set null" }),
    // A request of the family this paper belongs to (a notice answering it, the letter as sent).
    requestId: uuid().references(() => requests.id, { onDelete: "set null" }),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_family_idx").on(t.familyId, t.uploadedAt),
    uniqueIndex("documents_file_key").on(t.fileId),
    index("documents_provider_idx").on(t.providerId),
    check("documents_title_length", sql`char_length(${t.title}) between 1 and 200`),
  ],
);

export const documentChildren = pgTable(
  "document_children",
  {
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.childId] }), index("document_children_child_idx").on(t.childId)],
);

/**
 * A document cited as evidence for something in the family's record: "discharge plan, p. 2:
 * family therapy recommended" on a need. The subject is generic (a type and an id), so anything
 * that can be pointed at can cite: a provider, a need, a marked service, a gap (a child and a
 * service: `<childId>:<serviceId>`), and a request once requests exist. Triggers (migration 0015)
 * remove the citations of a subject that is deleted.
 */
export const documentCitations = pgTable(
  "document_citations",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    page: integer(),
    quote: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("document_citations_family_idx").on(t.familyId),
    index("document_citations_subject_idx").on(t.subjectType, t.subjectId),
    index("document_citations_document_idx").on(t.documentId),
    check("document_citations_page_range", sql`${t.page} is null or ${t.page} between 1 and 100000`),
    check("document_citations_quote_length", sql`${t.quote} is null or char_length(${t.quote}) <= 500`),
  ],
);

/** The documents a message carries (at most five), in the order they were attached. */
export const messageAttachments = pgTable(
  "message_attachments",
  {
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.documentId] }),
    index("message_attachments_document_idx").on(t.documentId),
  ],
);
