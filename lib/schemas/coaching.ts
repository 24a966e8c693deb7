import { z } from "zod";
import { dateField, isCleanText, requiredLine } from "./fields";

// Coach-only tools on a family: private notes, action items, tags. Messages are i18n keys.

import { ACTION_TITLE_MAX, MAX_TAGS, NOTE_MAX, TAG_MAX_LENGTH } from "./limits";

/** Free text over several lines: line breaks and tabs kept, other control and bidi characters refused. */
const noteBody = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .refine((value) => Array.from(value).length <= NOTE_MAX, { error: "validation.tooLong" })
  .refine(isCleanText, { error: "validation.controlCharacters" });

export const noteInputSchema = z.strictObject({ body: noteBody });
export type NoteInput = z.infer<typeof noteInputSchema>;

export const createActionSchema = z.strictObject({
  title: requiredLine(ACTION_TITLE_MAX),
  dueOn: dateField.nullable().optional(),
});
export type CreateActionInput = z.infer<typeof createActionSchema>;

export const updateActionSchema = z
  .strictObject({
    title: requiredLine(ACTION_TITLE_MAX).optional(),
    dueOn: dateField.nullable().optional(),
    done: z.boolean({ error: "validation.invalid" }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { error: "validation.noChanges" });
export type UpdateActionInput = z.infer<typeof updateActionSchema>;

/** One tag as people mean it: runs of spaces become one, ends trimmed. */
const tagField = z
  .string({ error: "validation.required" })
  .transform((value) => value.replace(/\s+/gu, " ").trim())
  .pipe(requiredLine(TAG_MAX_LENGTH));

/** PUT tags: the whole set; "Waitlist" and "waitlist " are the same tag, so only one may be sent. */
export const tagsInputSchema = z.strictObject({
  tags: z
    .array(tagField, { error: "validation.invalid" })
    .max(MAX_TAGS, { error: "validation.tooManyTags" })
    .refine((tags) => new Set(tags.map((tag) => tag.toLowerCase())).size === tags.length, {
      error: "validation.duplicate",
    }),
});
export type TagsInput = z.infer<typeof tagsInputSchema>;

/** The one tag a coach types, added to the family's `existing` ones: what PUT tags will say of the set, said of the field. */
export const newTagSchema = (existing: readonly string[]) =>
  z.strictObject({
    tag: tagField
      .refine((tag) => !existing.some((other) => other.toLowerCase() === tag.toLowerCase()), {
        error: "validation.tagTaken",
      })
      .refine(() => existing.length < MAX_TAGS, { error: "validation.tooManyTags" }),
  });

export const accessLogQuerySchema = z.strictObject({
  before: z.coerce.number({ error: "validation.invalid" }).int().positive({ error: "validation.invalid" }).optional(),
  limit: z.coerce
    .number({ error: "validation.invalid" })
    .int()
    .min(1, { error: "validation.invalid" })
    .max(100, { error: "validation.invalid" })
    .default(50),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;
