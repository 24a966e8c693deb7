import { z } from "zod";
import {
  citationCreateSchema,
  citationListQuerySchema,
  documentFileQuerySchema,
  documentListQuerySchema,
  documentPatchSchema,
  documentUploadSchema,
} from "../documents";
import { EXAMPLE_ID, operation } from "./operation";

// A family's papers and what cites them (issue 20).

const tag = "Documents";
const family = "the family's members and coach";
const F = "/families/{familyId}";
const time = z.string().meta({ format: "date-time", example: "2026-02-01T17:30:00.000Z" });
const date = z.string().meta({ format: "date", example: "2026-01-03" });
const person = z.object({ id: z.uuid(), name: z.string() });
const document = z
  .object({
    id: z.uuid(),
    title: z.string(),
    kind: documentUploadSchema.shape.kind,
    contentType: z.string(),
    fileName: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    documentDate: date.nullable(),
    childIds: z.array(z.uuid()),
    providerId: z.uuid().nullable(),
    requestId: z.uuid().nullable(),
    uploadedBy: person.extend({ role: z.enum(["parent", "coach", "admin"]) }).nullable(),
    uploadedAt: time,
    updatedAt: time,
  })
  .meta({ id: "Document" });
const citation = z
  .object({
    id: z.uuid(),
    documentId: z.uuid(),
    document: document.pick({ id: true, title: true, kind: true, documentDate: true, contentType: true }),
    subjectType: z.string(),
    subjectId: z.string(),
    page: z.number().int().nullable(),
    quote: z.string().nullable(),
    createdBy: person.nullable(),
    createdAt: time,
  })
  .meta({ id: "Citation" });

export const documentRoutes = [
  operation("post", `${F}/documents`, {
    tag,
    summary: "Upload a document",
    who: family,
    description:
      "`multipart/form-data` with the field `file`. PDF, PNG, JPEG, HEIC, plain text and DOCX, judged by content (415 otherwise, or when the content does not match its name); over 15 MB, or past the family's 500 MB, 413. Pictures are re-encoded (no EXIF, no location); HEIC becomes JPEG. `size` and `sha256` describe the stored bytes.",
    body: documentUploadSchema.extend({ file: z.string().meta({ format: "binary" }) }),
    bodyType: "multipart/form-data",
    ok: { status: 201, description: "The document.", schema: z.object({ document }) },
    errors: [404, 409, 413, 415],
    idempotent: true,
  }),
  operation("get", `${F}/documents`, {
    tag,
    summary: "The family's documents",
    who: family,
    query: documentListQuerySchema,
    ok: { status: 200, description: "Newest first.", schema: z.object({ documents: z.array(document) }) },
    errors: [404],
  }),
  operation("get", `${F}/documents/{documentId}`, {
    tag,
    summary: "One document's details",
    who: family,
    ok: { status: 200, description: "The document.", schema: z.object({ document }) },
    errors: [404],
  }),
  operation("patch", `${F}/documents/{documentId}`, {
    tag,
    summary: "Change a document's details",
    who: family,
    body: documentPatchSchema,
    bodyExample: { title: "Discharge plan", kind: "discharge-plan", documentDate: "2026-01-03" },
    ok: { status: 200, description: "The document.", schema: z.object({ document }) },
    errors: [404, 409],
  }),
  operation("delete", `${F}/documents/{documentId}`, {
    tag,
    summary: "Delete a document",
    who: family,
    description: "Its bytes, citations and attachments go in the same transaction.",
    ok: { status: 204, description: "Deleted." },
    errors: [404, 409],
  }),
  operation("get", `${F}/documents/{documentId}/file`, {
    tag,
    summary: "A document's bytes",
    who: family,
    description:
      "Streamed as an attachment (`inline` only for PDFs and pictures when asked), with `Content-Security-Policy: sandbox`, `X-Content-Type-Options: nosniff` and `Cache-Control: no-store`. Every download is audited.",
    query: documentFileQuerySchema,
    ok: { status: 200, description: "The bytes.", type: "application/octet-stream", schema: z.string() },
    errors: [404],
  }),
  operation("get", `${F}/citations`, {
    tag,
    summary: "Citations of the family's documents",
    who: family,
    query: citationListQuerySchema,
    ok: { status: 200, description: "The citations.", schema: z.object({ citations: z.array(citation) }) },
    errors: [404],
  }),
  operation("post", `${F}/citations`, {
    tag,
    summary: "Cite a document on a provider, a need, a marked service or a gap",
    who: family,
    description: "A gap is a child's service, named `<childId>:<serviceId>`.",
    body: citationCreateSchema,
    bodyExample: {
      documentId: EXAMPLE_ID,
      subjectType: "need",
      subjectId: EXAMPLE_ID,
      page: 2,
      quote: "family therapy recommended",
    },
    ok: { status: 201, description: "The citation.", schema: z.object({ citation }) },
    errors: [404, 409],
  }),
  operation("delete", `${F}/citations/{citationId}`, {
    tag,
    summary: "Remove a citation",
    who: family,
    ok: { status: 204, description: "Removed." },
    errors: [404, 409],
  }),
];
