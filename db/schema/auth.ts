import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["parent", "coach", "admin"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: userRole().notNull(),
    passwordHash: text().notNull(),
    // Bumped by "sign out everywhere", a password change or disabling: every older session dies.
    sessionVersion: integer().notNull().default(1),
    disabled: boolean().notNull().default(false),
    // The language the user chose for the interface and their emails; null: follow the browser.
    locale: text(),
    // Set when an admin deleted the account: the row stays (audit rows and messages name its id)
    // but its email, name and password hash are gone, and it can never sign in again.
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_locale_check", sql`${t.locale} in ('en', 'es')`),
  ],
);

// Server-side session records: the cookie only names one of these, so idle timeout, absolute
// timeout and revocation are decided here, in Postgres, on every request.
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    // Where and with what the session signed in, for the account's list of signed-in devices.
    ip: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    address: text().notNull(),
    succeeded: boolean().notNull(),
    // What was tried: a sign-in (passwords and second-step codes), or asking for or using a
    // password-reset link. Each is limited on its own, so asking for links never blocks signing in.
    purpose: text().notNull().default("sign-in"),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_email_at_idx").on(t.email, t.at),
    index("login_attempts_address_at_idx").on(t.address, t.at),
    check("login_attempts_purpose_check", sql`${t.purpose} in ('sign-in', 'reset-request', 'reset-complete')`),
  ],
);
