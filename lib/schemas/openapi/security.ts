import { z } from "zod";
import {
  addPasskeySchema,
  confirmCodeSchema,
  passwordResetCompleteSchema,
  passwordResetRequestSchema,
  proofSchema,
  renamePasskeySchema,
  SECURITY_EVENT_TYPES,
} from "../security";
import { operation } from "./operation";

// Password reset, two-step sign-in, passkeys and the account's security log (issue 21).

const tag = "Account security";
const signedIn = "signed in, about their own account";
const time = z.string().meta({ format: "date-time", example: "2026-02-01T17:30:00.000Z" });
const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()).length(10) });
const passkey = z
  .object({ id: z.uuid(), name: z.string(), createdAt: time, lastUsedAt: time.nullable(), synced: z.boolean() })
  .meta({ id: "Passkey" });
const webauthnOptions = z.object({ options: z.record(z.string(), z.unknown()) });
const proofExample = { password: "my current passphrase" };

export const securityRoutes = [
  operation("post", "/password-reset", {
    tag,
    summary: "Email a link to choose a new password",
    who: "anyone",
    description:
      "202 whatever the address (the same answer and the same work for unknown ones). An active account is emailed `<app URL>/reset-password?token=…`: single use, 60 minutes; only the token's hash is kept. Rate-limited like sign-in.",
    body: passwordResetRequestSchema,
    bodyExample: { email: "ana@example.org" },
    ok: { status: 202, description: "Accepted." },
    errors: [429],
  }),
  operation("post", "/password-reset/complete", {
    tag,
    summary: "Choose a new password with an emailed link",
    who: "anyone holding a link",
    description:
      "Every session of the account ends. 400 `reset_token_invalid` for an unknown token, 410 `reset_token_used` or `reset_token_expired`. The second step stays as it was.",
    body: passwordResetCompleteSchema,
    bodyExample: { token: "q6v1Zb3Xk9Lm2Np7Rs4Tu8Vw", newPassword: "a long new passphrase" },
    ok: { status: 204, description: "Changed." },
    errors: [410, 429],
  }),
  operation("get", "/me/mfa", {
    tag,
    summary: "Which second steps the account has",
    who: signedIn,
    ok: {
      status: 200,
      description: "The second steps, and whether the account's role requires one.",
      schema: z.object({
        mfa: z.object({
          required: z.boolean(),
          totp: z.enum(["off", "pending", "on"]),
          email: z.boolean(),
          passkeys: z.number().int(),
          recoveryCodesLeft: z.number().int(),
        }),
      }),
    },
  }),
  operation("post", "/me/mfa/totp", {
    tag,
    summary: "Start an authenticator app",
    who: signedIn,
    description: "A pending secret (RFC 6238: SHA-1, 6 digits, 30 s); it counts once confirmed with a code.",
    ok: {
      status: 201,
      description: "The secret, and the URL a QR code carries.",
      schema: z.object({ secret: z.string(), otpauthUrl: z.string() }),
    },
    errors: [409],
  }),
  operation("post", "/me/mfa/totp/confirm", {
    tag,
    summary: "Confirm the authenticator app with a code",
    who: signedIn,
    body: confirmCodeSchema,
    bodyExample: { code: "123456" },
    ok: { status: 200, description: "Ten recovery codes, shown once.", schema: recoveryCodes },
    errors: [404, 422],
  }),
  operation("delete", "/me/mfa/totp", {
    tag,
    summary: "Turn the authenticator app off",
    who: signedIn,
    description: "With a code of the account's (app, emailed or recovery) or its password.",
    body: proofSchema,
    bodyExample: proofExample,
    ok: { status: 204, description: "Off." },
    errors: [404, 422, 429],
  }),
  operation("post", "/me/mfa/recovery-codes", {
    tag,
    summary: "Ten new recovery codes",
    who: `${signedIn}, with a second step`,
    description: "The old ones stop working.",
    ok: { status: 200, description: "The new codes, shown once.", schema: recoveryCodes },
    errors: [404],
  }),
  operation("post", "/me/mfa/email", {
    tag,
    summary: "Start codes by email as the second step",
    who: signedIn,
    description: "A 6-digit code goes to the account's email (10 minutes; at most one a minute).",
    ok: { status: 202, description: "Sent." },
    errors: [409, 429],
  }),
  operation("post", "/me/mfa/email/confirm", {
    tag,
    summary: "Confirm codes by email",
    who: signedIn,
    body: confirmCodeSchema,
    bodyExample: { code: "123456" },
    ok: { status: 204, description: "On." },
    errors: [404, 422],
  }),
  operation("delete", "/me/mfa/email", {
    tag,
    summary: "Turn codes by email off",
    who: signedIn,
    body: proofSchema,
    bodyExample: proofExample,
    ok: { status: 204, description: "Off." },
    errors: [404, 422, 429],
  }),
  operation("get", "/me/passkeys", {
    tag,
    summary: "The account's passkeys",
    who: signedIn,
    ok: { status: 200, description: "Newest first.", schema: z.object({ passkeys: z.array(passkey) }) },
  }),
  operation("post", "/me/passkeys/options", {
    tag,
    summary: "Options to register a passkey",
    who: signedIn,
    description: "For `navigator.credentials.create`.",
    ok: { status: 200, description: "The WebAuthn options.", schema: webauthnOptions },
  }),
  operation("post", "/me/passkeys", {
    tag,
    summary: "Register a passkey",
    who: signedIn,
    description: "The name its owner chose and the browser's answer as it came.",
    body: addPasskeySchema,
    bodyExample: { name: "My phone", response: { id: "…", type: "public-key" } },
    ok: { status: 201, description: "The passkey.", schema: z.object({ passkey }) },
    errors: [422],
  }),
  operation("patch", "/me/passkeys/{passkeyId}", {
    tag,
    summary: "Rename a passkey",
    who: "the passkey's owner",
    body: renamePasskeySchema,
    bodyExample: { name: "Work laptop" },
    ok: { status: 200, description: "The passkey.", schema: z.object({ passkey }) },
    errors: [404],
  }),
  operation("delete", "/me/passkeys/{passkeyId}", {
    tag,
    summary: "Remove a passkey",
    who: "the passkey's owner",
    ok: { status: 204, description: "Removed." },
    errors: [404],
  }),
  operation("post", "/passkeys/sign-in-options", {
    tag,
    summary: "Options to sign in with a passkey",
    who: "anyone",
    description: "For `navigator.credentials.get`; the answer goes to `POST /api/auth/callback/passkey`.",
    ok: { status: 200, description: "The WebAuthn options.", schema: webauthnOptions },
  }),
  operation("get", "/me/security-events", {
    tag,
    summary: "The account's security log",
    who: signedIn,
    description: "Newest first, 100 at most; a year is kept.",
    ok: {
      status: 200,
      description: "The events.",
      schema: z.object({
        events: z.array(
          z.object({
            type: z.enum(SECURITY_EVENT_TYPES),
            at: time,
            ip: z.string().nullable(),
            userAgent: z.string().nullable(),
          }),
        ),
      }),
    },
  }),
  operation("get", "/sessions", {
    tag,
    summary: "The account's signed-in devices",
    who: signedIn,
    ok: {
      status: 200,
      description: "The live sessions.",
      schema: z.object({
        sessions: z.array(
          z.object({
            id: z.uuid(),
            current: z.boolean(),
            userAgent: z.string().nullable(),
            ip: z.string().nullable(),
            createdAt: time,
            lastSeenAt: time,
          }),
        ),
      }),
    },
  }),
  operation("delete", "/sessions/{sessionId}", {
    tag,
    summary: "Sign one device out",
    who: "the session's owner",
    description: "This one too: the answer then signs this browser out. 404 for anyone else's.",
    ok: { status: 204, description: "Ended." },
    errors: [404],
  }),
  operation("post", "/admin/users/{userId}/password-reset", {
    tag: "Admin",
    summary: "Email a coach or parent a link to choose a new password",
    who: "an admin",
    description: "A 60-minute link; an admin never sets or learns a password. 409 for an admin account.",
    ok: { status: 202, description: "Sent." },
    errors: [404, 409],
  }),
  operation("delete", "/admin/users/{userId}/mfa", {
    tag: "Admin",
    summary: "Reset a coach's or parent's second step",
    who: "an admin",
    description: "Every second step goes and every session ends; audited, and the owner is emailed.",
    ok: { status: 204, description: "Reset." },
    errors: [404, 409],
  }),
];
