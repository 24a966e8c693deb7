import { z } from "zod";
import { locales } from "@/lib/core/i18n/locales";
import { isIsoDate } from "@/lib/core/dates";

// Messages are i18n keys under `validation.*`: the API translates them, forms show them as they are.

const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

// Postgres cannot store NUL, other control characters only hide what a reader sees, and the bidi
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder it: "Trojan
// Source" text that reads one way and says another. Every free-text field refuses them. The marks
// right-to-left scripts need (U+200E, U+200F, U+061C) and the joiners of emoji and of scripts
// such as Persian or Hindi (ZWJ U+200D, ZWNJ U+200C) are text, and stay allowed.
const HIDDEN_IN_A_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// Several lines: line breaks and tabs are the text's own.
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** True when a single-line value holds no control or bidi control character. */
export const isCleanLine = (value: string) => !HIDDEN_IN_A_LINE.test(value);
/** True when free text over several lines holds none (line breaks and tabs allowed). */
export const isCleanText = (value: string) => !HIDDEN_IN_TEXT.test(value);

/** Characters as people count them (code points), so an emoji is one, and nothing is truncated. */
const characterCount = (value: string) => Array.from(value).length;

export const emailField = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.emailTooLong" })
  .refine(isCleanLine, { error: "validation.email" })
  .pipe(z.email({ error: "validation.email" }));

export const passwordField = z
  .string({ error: "validation.required" })
  .refine((value) => characterCount(value) >= PASSWORD_MIN, { error: "validation.passwordTooShort" })
  .refine((value) => characterCount(value) <= PASSWORD_MAX, { error: "validation.passwordTooLong" });

export const nameField = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(100, { error: "validation.nameTooLong" })
  .refine(isCleanLine, { error: "validation.controlCharacters" });

export const idField = z.uuid({ error: "validation.id" });

/** An invite token as newInviteToken() makes it: URL-safe base64, nothing else. */
export const inviteTokenField = z
  .string({ error: "validation.required" })
  .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: "validation.invite" });

export const isId = (value: string) => idField.safeParse(value).success;

/** A real calendar date as YYYY-MM-DD (0000-00-00 and 2026-02-30 are refused). */
export const dateField = z.string({ error: "validation.date" }).refine(isIsoDate, { error: "validation.date" });

/** Optional single-line text: blank becomes null, so "clear this field" is an empty string. */
export function optionalLine(max: number) {
  return z
    .string({ error: "validation.invalid" })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .refine(isCleanLine, { error: "validation.controlCharacters" })
    .transform((value) => value || null)
    .nullable()
    .optional();
}

/** Optional free text over several lines (notes): line breaks kept, other control characters refused. */
export function optionalText(max: number) {
  return z
    .string({ error: "validation.invalid" })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .refine(isCleanText, { error: "validation.controlCharacters" })
    .transform((value) => value || null)
    .nullable()
    .optional();
}

/** Required single-line text of a bounded length (a title, a reason). */
export function requiredLine(max: number) {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .refine(isCleanLine, { error: "validation.controlCharacters" });
}

/** `?locale=`: the language of the content asked for (articles, catalog); English when absent. */
export const contentLocaleField = z.enum(locales, { error: "validation.locale" }).optional();
