import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";
import { families } from "./families";

// One conversation per family. `position` orders the conversation: it is taken from a sequence
// while the sender holds a per-family advisory lock, so within a family positions commit in order
// and a reader that has seen position N never later finds a message below N (no gaps on resume).
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    position: bigserial({ mode: "number" }).notNull().unique(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Made by the client and reused on every retry: unique per sender, so a retry finds its message.
    clientMessageId: uuid().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Set on messages loaded from an export: the name its file gave as the author, as text only
    // (never an account of this installation), and when it was loaded. `author_id` is then the
    // person who loaded it, and `created_at` the date the file claims.
    importedAuthorName: text(),
    importedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("messages_author_client_message_key").on(t.authorId, t.clientMessageId),
    // Also carries author_id (INCLUDE, migration 0014): unread counts are answered from the index.
    index("messages_family_position_idx").on(t.familyId, t.position),
    // The same limit as MESSAGE_MAX_CHARS in lib/schemas/messages.ts (code points).
    check("messages_body_length", sql`char_length(${t.body}) between 1 and 10000`),
    check("messages_imported_together", sql`(${t.importedAuthorName} is null) = (${t.importedAt} is null)`),
  ],
);

// Each participant's last-read position in a family's conversation (no row: nothing read yet).
export const messageReads = pgTable(
  "message_reads",
  {
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastReadPosition: bigint({ mode: "number" }).notNull(),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.familyId, t.userId] })],
);

// Emails waiting to go out, and those sent. A sender claims rows atomically, so two app servers
// never send the same email. `dedupeKey` makes "one email per conversation per unread stretch".
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    dedupeKey: text().notNull().unique(),
    recipientId: uuid().references(() => users.id, { onDelete: "cascade" }),
    familyId: uuid().references(() => families.id, { onDelete: "cascade" }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    // Never holds message text: only "a message is waiting" and a link.
    bodyText: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    claimedUntil: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    // "smtp", or "log" when no SMTP_URL is set (the dev mailbox shows these).
    transport: text(),
    lastError: text(),
  },
  (t) => [
    index("email_outbox_pending_idx").on(t.sentAt, t.createdAt),
    index("email_outbox_recipient_family_idx").on(t.recipientId, t.familyId, t.createdAt),
  ],
);
