import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";

// Everything an account holds to prove who signs in, besides its password. Secrets a person
// types (reset links, recovery codes, email codes) are stored as SHA-256 hashes only: a copy of
// the database never signs anyone in. Every table goes with its user (on delete cascade), and
// deleting an account clears them all (lib/admin/users.ts).

/** Single-use links that set a password: "forgot my password" (60 minutes) or a new coach's first one. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    purpose: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_key").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId),
    check("password_reset_tokens_purpose_check", sql`${t.purpose} in ('reset', 'welcome')`),
  ],
);

/**
 * An authenticator app's shared secret (RFC 6238). Pending until the user proves it with a code
 * (confirmed_at); `last_step` is the newest 30-second step accepted, so a code works once.
 */
export const totpCredentials = pgTable("totp_credentials", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  lastStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Ten one-time codes for when the phone is lost; each works once. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * Six-digit codes sent by email: the second step for someone without a smartphone (purpose
 * "sign-in"), and the code that proves the address works before it becomes one ("enroll").
 */
export const emailCodes = pgTable(
  "email_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text().notNull(),
    codeHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_codes_user_idx").on(t.userId, t.createdAt),
    check("email_codes_purpose_check", sql`${t.purpose} in ('sign-in', 'enroll')`),
  ],
);

/** The account chose email codes as its second step (a row) or not (none). */
export const emailSecondSteps = pgTable("email_second_steps", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  enabledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** WebAuthn credentials (passkeys): several per account, each with a name its owner chose. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // base64url, as the browser names the credential.
    credentialId: text().notNull(),
    publicKey: text().notNull(),
    counter: bigint({ mode: "number" }).notNull().default(0),
    transports: jsonb().$type<string[]>().notNull().default([]),
    name: text().notNull(),
    backedUp: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("passkeys_credential_key").on(t.credentialId), index("passkeys_user_idx").on(t.userId)],
);

/**
 * A WebAuthn challenge waiting for its answer, found again by its hash (the browser echoes the
 * challenge in clientDataJSON): registration names its user, a passkey sign-in does not.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    challengeHash: text().primaryKey(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    purpose: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("webauthn_challenges_expires_idx").on(t.expiresAt),
    check("webauthn_challenges_purpose_check", sql`${t.purpose} in ('register', 'sign-in')`),
  ],
);

/** What the account page shows under "Security log": one row per sign-in, change or refusal. */
export const securityEvents = pgTable(
  "security_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    index("security_events_user_at_idx").on(t.userId, t.at),
    check(
      "security_events_type_check",
      sql`${t.type} in ('sign-in', 'sign-in-failed', 'password-changed', 'password-reset', 'mfa-enabled', 'mfa-disabled', 'recovery-code-used', 'passkey-added', 'passkey-removed', 'session-revoked')`,
    ),
  ],
);

/**
 * Browsers that signed in to an account before, by the hash of a random id kept in a cookie: a
 * sign-in from any other one emails the account's owner.
 */
export const knownDevices = pgTable(
  "known_devices",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    deviceHash: text().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    signIns: integer().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);
