// The limits the schemas enforce, without zod: pages show them (counters, maxLength) and need not
// load the schemas to do so.

/** The longest message, in characters as people count them (the table's CHECK says the same). */
export const MESSAGE_MAX_CHARS = 10_000;

/** Characters as people count them (code points): an emoji is one. */
export const messageLength = (value: string) => Array.from(value).length;

export const NOTE_MAX = 10_000;
export const ACTION_TITLE_MAX = 500;
export const TAG_MAX_LENGTH = 40;
export const MAX_TAGS = 10;

/**
 * What one import of a family's JSON export may hold (the README states the same). Over any of
 * them the import answers 413 before anything is written.
 */
export const IMPORT_LIMITS = {
  bytes: 20 * 1024 * 1024,
  children: 50,
  needsPerChild: 200,
  markedServicesPerChild: 200,
  providers: 500,
  events: 20_000,
  messages: 20_000,
  requests: 5_000,
} as const;
export const MAX_PINNED_ARTICLES = 3;
/** What a family's papers are, as the upload form and the API name them. */
export const DOCUMENT_KINDS = [
  "evaluation",
  "iep-504",
  "discharge-plan",
  "treatment-plan",
  "notice",
  "letter",
  "school-record",
  "other",
] as const;
export const DOCUMENT_TITLE_MAX = 200;
export const CITATION_QUOTE_MAX = 500;
/** Attachments one message may carry. */
export const MAX_ATTACHMENTS = 5;
/** The largest file one upload may bring (15 MB), and all of a family's files together (500 MB). */
export const DOCUMENT_MAX_BYTES = 15 * 1024 * 1024;
export const FAMILY_DOCUMENTS_MAX_BYTES = 500 * 1024 * 1024;
/** The file picker's hint; the server decides by content whatever the picker allowed. */
export const DOCUMENT_ACCEPT =
  ".pdf,.docx,.txt,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif,text/plain";

/** A request's summary and an update's note, in characters (the tables' CHECKs say the same). */
export const REQUEST_TEXT_MAX = 2000;
/** Whom a request was made to: a name or an organization. */
export const REQUEST_NAME_MAX = 200;
