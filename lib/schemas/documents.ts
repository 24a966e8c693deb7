import { z } from "zod";
import { serviceIds } from "@/lib/domain/catalog";
import { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX, CITATION_QUOTE_MAX, MAX_ATTACHMENTS } from "./limits";
import { dateField, idField, requiredLine } from "./fields";

export { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX, CITATION_QUOTE_MAX, MAX_ATTACHMENTS };
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const documentKindField = z.enum(DOCUMENT_KINDS, { error: "validation.documentKind" });
const documentTitleField = requiredLine(DOCUMENT_TITLE_MAX);

const childIdsField = z
  .array(idField, { error: "validation.invalid" })
  .max(20, { error: "validation.invalid" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicate" });

/**
 * The form fields of an upload (multipart: every value arrives as text). `childIds` may come as
 * repeated fields, as one comma-separated value, or as a JSON array; a blank optional is absent.
 */
export const documentUploadSchema = z.strictObject({
  title: documentTitleField,
  kind: documentKindField,
  documentDate: dateField.optional(),
  childIds: childIdsField.default([]),
  providerId: idField.optional(),
  requestId: idField.optional(),
});
export type DocumentUploadInput = z.infer<typeof documentUploadSchema>;

/** The multipart fields as the parser hands them over, made into what the schema reads. */
export function uploadFieldsInput(fields: Record<string, string[]>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(fields)) {
    const present = values.filter((value) => value.trim() !== "");
    if (name === "childIds") input.childIds = present.flatMap(splitIds);
    else if (present.length === 1) input[name] = present[0];
    else if (present.length > 1) input[name] = present;
  }
  return input;
}

function splitIds(value: string): unknown[] {
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return [trimmed];
    }
  }
  return trimmed
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
}

export const documentPatchSchema = z
  .strictObject({
    title: documentTitleField.optional(),
    kind: documentKindField.optional(),
    documentDate: dateField.nullable().optional(),
    childIds: childIdsField.optional(),
    providerId: idField.nullable().optional(),
    requestId: idField.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { error: "validation.noChanges" });
export type DocumentPatchInput = z.infer<typeof documentPatchSchema>;

export const documentListQuerySchema = z.strictObject({
  kind: documentKindField.optional(),
  childId: idField.optional(),
});
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;

/** `inline` asks to show a PDF or a picture in the page; everything else is always a download. */
export const documentFileQuerySchema = z.strictObject({
  disposition: z.enum(["attachment", "inline"], { error: "validation.invalid" }).default("attachment"),
});

/**
 * What a citation may point at. A gap is a child's service, named `<childId>:<serviceId>`.
 * Requests (issue 19) join this list with their own check in lib/documents/citation-subjects.ts.
 */
export const CITATION_SUBJECT_TYPES = ["provider", "need", "needed-service", "gap"] as const;
export type CitationSubjectType = (typeof CITATION_SUBJECT_TYPES)[number];

const GAP_ID = /^([0-9a-f-]{36}):([a-z0-9-]{1,60})$/u;

/** A gap's subject id split into its child and service, or null when it is not one. */
export function gapSubjectParts(subjectId: string): { childId: string; serviceId: string } | null {
  const match = GAP_ID.exec(subjectId);
  if (!match || !idField.safeParse(match[1]).success || !serviceIds.includes(match[2]!)) return null;
  return { childId: match[1]!, serviceId: match[2]! };
}

export const gapSubjectId = (childId: string, serviceId: string) => `${childId}:${serviceId}`;

export const citationCreateSchema = z
  .strictObject({
    documentId: idField,
    subjectType: z.enum(CITATION_SUBJECT_TYPES, { error: "validation.citationSubject" }),
    subjectId: z.string({ error: "validation.required" }).max(120, { error: "validation.tooLong" }),
    page: z
      .number({ error: "validation.citationPage" })
      .int({ error: "validation.citationPage" })
      .min(1, { error: "validation.citationPage" })
      .max(100_000, { error: "validation.citationPage" })
      .nullable()
      .optional(),
    quote: z
      .string({ error: "validation.invalid" })
      .trim()
      .max(CITATION_QUOTE_MAX, { error: "validation.tooLong" })
      .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u.test(value), {
        error: "validation.controlCharacters",
      })
      .transform((value) => value || null)
      .nullable()
      .optional(),
  })
  .superRefine((value, context) => {
    const valid =
      value.subjectType === "gap"
        ? gapSubjectParts(value.subjectId) !== null
        : idField.safeParse(value.subjectId).success;
    if (!valid) context.addIssue({ code: "custom", path: ["subjectId"], message: "validation.unknownSubject" });
  });
export type CitationCreateInput = z.infer<typeof citationCreateSchema>;

export const citationListQuerySchema = z.strictObject({
  subjectType: z.enum(CITATION_SUBJECT_TYPES, { error: "validation.citationSubject" }).optional(),
  subjectId: z.string().max(120, { error: "validation.tooLong" }).optional(),
  documentId: idField.optional(),
});
export type CitationListQuery = z.infer<typeof citationListQuerySchema>;
