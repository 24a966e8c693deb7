import { z } from "zod";

// Messages are i18n keys under `validation.*`: the API translates them, forms show them as they are.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Postgres cannot store NUL, and other control or bidi-override characters only hide or reorder
// what a reader sees: single-line fields refuse them all.
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const singleLine = (value: string) => !CONTROL_OR_BIDI.test(value);

/** Characters as people count them (code points), so an emoji is one, and nothing is truncated. */
const characterCount = (value: string) => Array.from(value).length;

export const emailField = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.emailTooLong" })
  .refine(singleLine, { error: "validation.email" })
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
  .refine(singleLine, { error: "validation.controlCharacters" });

export const idField = z.uuid({ error: "validation.id" });

/** An invite token as newInviteToken() makes it: URL-safe base64, nothing else. */
export const inviteTokenField = z.string({ error: "validation.required" }).regex(/^[A-Za-z0-9_-]{1,200}$/, { error: "validation.invite" });

export const isId = (value: string) => idField.safeParse(value).success;
