import { z } from "zod";
import { emailField, nameField, passwordField } from "./fields";

/** A link's token as newLinkToken() makes it: 43 URL-safe base64 characters (256 bits). */
const linkTokenField = z
  .string({ error: "validation.required" })
  .regex(/^[A-Za-z0-9_-]{20,200}$/, { error: "validation.resetToken" });

/** POST /api/v1/password-reset, and the "Forgot your password?" form. */
export const passwordResetRequestSchema = z.strictObject({ email: emailField });

/** POST /api/v1/password-reset/complete */
export const passwordResetCompleteSchema = z.strictObject({ token: linkTokenField, newPassword: passwordField });

/** The reset page's form: the password twice, so a typo does not lock the person out again. */
export const newPasswordFormSchema = z
  .object({ newPassword: passwordField, confirmPassword: z.string({ error: "validation.required" }) })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "validation.passwordsDiffer",
  });

/** Six digits from an app or an email; spaces people type between groups are dropped. */
const sixDigitCodeField = z
  .string({ error: "validation.required" })
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "validation.sixDigits" }));

/** A second-step code at sign-in or to prove it is you: six digits, or a recovery code. */
const secondStepCodeField = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(64, { error: "validation.secondStepCode" })
  .refine((value) => /^\d{3}\s?\d{3}$/.test(value) || /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(value.replace(/\s/g, "")), {
    error: "validation.secondStepCode",
  });

/** POST …/mfa/totp/confirm, POST …/mfa/email/confirm */
export const confirmCodeSchema = z.strictObject({ code: sixDigitCodeField });

/** DELETE …/mfa/totp, DELETE …/mfa/email: a code of the account's, or its password. */
export const proofSchema = z.union(
  [
    z.strictObject({ code: secondStepCodeField }),
    z.strictObject({
      password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(1024),
    }),
  ],
  { error: "validation.proof" },
);

const passkeyNameField = nameField.pipe(z.string().max(60, { error: "validation.passkeyName" }));

/** POST /api/v1/me/passkeys: the name its owner chose, and the browser's answer as it came. */
export const addPasskeySchema = z.strictObject({
  name: passkeyNameField,
  response: z.record(z.string(), z.unknown(), { error: "validation.invalid" }),
});
export type AddPasskeyInput = z.infer<typeof addPasskeySchema>;

/** PATCH /api/v1/me/passkeys/{passkeyId}, and the name form (add and rename). */
export const renamePasskeySchema = z.strictObject({ name: passkeyNameField });

/** The turn-off dialog: a code, or else the password (sent as proofSchema's one or the other). */
export const proofFormSchema = z
  .object({ code: z.string().trim(), password: z.string() })
  .refine((value) => value.code !== "" || value.password !== "", { path: ["code"], error: "validation.proof" })
  .refine((value) => value.code === "" || secondStepCodeField.safeParse(value.code).success, {
    path: ["code"],
    error: "validation.secondStepCode",
  });

/** The sign-in page's second step. */
export const signInCodeSchema = z.strictObject({ code: secondStepCodeField });

/** What the account's security log records: the code that writes it and the API's description share this list. */
export const SECURITY_EVENT_TYPES = [
  "sign-in",
  "sign-in-failed",
  "password-changed",
  "password-reset",
  "mfa-enabled",
  "mfa-disabled",
  "recovery-code-used",
  "passkey-added",
  "passkey-removed",
  "session-revoked",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];
