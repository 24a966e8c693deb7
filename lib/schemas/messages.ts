import { z } from "zod";
import { idField, isCleanText } from "./fields";
import { MAX_ATTACHMENTS, MESSAGE_MAX_CHARS, messageLength } from "./limits";

const messageBodyField = z
  .string({ error: "validation.required" })
  .refine((value) => value.trim().length > 0, { error: "validation.messageEmpty", abort: true })
  .refine((value) => messageLength(value) <= MESSAGE_MAX_CHARS, { error: "validation.messageTooLong", abort: true })
  // Line breaks and tabs are the message's own; other control characters (NUL above all, which
  // Postgres cannot store) and bidi controls are refused rather than silently dropped.
  .refine(isCleanText, { error: "validation.controlCharacters" });

/** Documents of the family a message carries: at most five, each once, in the order given. */
const attachmentIdsField = z
  .array(idField, { error: "validation.invalid" })
  .max(MAX_ATTACHMENTS, { error: "validation.tooManyAttachments" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicate" });

export const sendMessageSchema = z
  .object({ clientMessageId: idField, body: messageBodyField, documentIds: attachmentIdsField.default([]) })
  .strict();
/** A send as the data layer takes it: without attachments when a caller (a test, a script) has none. */
export type SendMessageInput = Omit<z.infer<typeof sendMessageSchema>, "documentIds"> & { documentIds?: string[] };

export const markReadSchema = z.object({ upTo: idField }).strict();

export const MESSAGE_PAGE_DEFAULT = 30;
const MESSAGE_PAGE_MAX = 100;

export const listMessagesQuery = z
  .object({
    before: idField.optional(),
    limit: z.coerce
      .number({ error: "validation.invalid" })
      .int()
      .min(1)
      .max(MESSAGE_PAGE_MAX)
      .default(MESSAGE_PAGE_DEFAULT),
  })
  .strict();

export const streamQuery = z.object({ after: idField.optional() }).strict();

/**
 * The user's live stream, optionally carrying the conversation a page shows: `conversation` is its
 * family, `after` (or Last-Event-ID) the newest message the page has. `after` means nothing alone.
 */
export const liveQuery = z
  .object({ conversation: idField.optional(), after: idField.optional() })
  .strict()
  .refine((query) => query.after === undefined || query.conversation !== undefined, {
    error: "validation.afterWithoutConversation",
    path: ["after"],
  });
