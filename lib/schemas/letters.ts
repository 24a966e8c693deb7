import { z } from "zod";
import { serviceIds } from "@/lib/domain/catalog";
import { LETTER_LOCALES, LETTER_TEMPLATES } from "@/lib/domain/letters/types";
import { dateField, idField, isCleanText, optionalLine, requiredLine } from "./fields";

// Letters (issue 19): drafted from the record, then edited by the family. The ids a letter names
// must be the family's own; that is checked where the family's records are (lib/letters).

export const LETTER_SUBJECT_MAX = 1000;
/** A one-page letter: the PDF steps its type down to 6 pt at most, which holds this much. */
export const LETTER_BODY_MAX = 6000;
export const LETTER_LINES_MAX = 80;

const templateField = z.enum(LETTER_TEMPLATES, { error: "validation.invalid" });
const serviceIdField = z.enum(serviceIds as [string, ...string[]], { error: "validation.catalogId" });

export const letterCreateSchema = z.strictObject({
  template: templateField,
  childId: idField,
  serviceIds: z
    .array(serviceIdField, { error: "validation.invalid" })
    .max(serviceIds.length, { error: "validation.tooLong" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicate" })
    .optional(),
  providerId: idField.optional(),
  requestId: idField.optional(),
  recipient: z.strictObject(
    { name: requiredLine(200), organization: optionalLine(200) },
    { error: "validation.invalid" },
  ),
  locale: z.enum(LETTER_LOCALES, { error: "validation.locale" }).optional(),
});
export type LetterCreateInput = z.infer<typeof letterCreateSchema>;

const bodyField = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(LETTER_BODY_MAX, { error: "validation.tooLong" })
  .refine(isCleanText, { error: "validation.controlCharacters" })
  .refine((value) => value.split("\n").length <= LETTER_LINES_MAX, { error: "validation.tooManyLines" });

/** The family's edit: the subject, the body or both; anything else is refused. */
export const letterPatchSchema = z
  .strictObject({ subject: requiredLine(LETTER_SUBJECT_MAX), body: bodyField })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { error: "validation.noChanges" });
export type LetterPatchInput = z.infer<typeof letterPatchSchema>;

export const letterPdfQuerySchema = z.strictObject({
  paper: z.enum(["letter", "a4"], { error: "validation.invalid" }).default("letter"),
});

export const packetQuerySchema = z.strictObject({
  on: dateField.optional(),
  paper: z.enum(["letter", "a4"], { error: "validation.invalid" }).default("letter"),
  locale: z.enum(LETTER_LOCALES, { error: "validation.locale" }).optional(),
});

export const letterSchema = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  template: templateField,
  locale: z.enum(LETTER_LOCALES),
  subject: z.string(),
  body: z.string(),
  serviceIds: z.array(z.string()),
  providerId: z.uuid().nullable(),
  requestId: z.uuid().nullable(),
  recipient: z.object({ name: z.string(), organization: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LetterDto = z.infer<typeof letterSchema>;
