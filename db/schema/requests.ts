import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { children, providers } from "./care-team";
import { families } from "./families";

// Requests and letters (issue 19). Kinds, channels, statuses, templates and service ids are text:
// their lists live in lib/domain and lib/schemas and are checked at the edge, as the catalogs are.

/** Why Clarity suggested a due date: the rule, how days are counted, and where the rule comes from. */
export type RequestDueRule = {
  id: string;
  days: number;
  counting: "calendar" | "school";
  from: string;
  startsAt: string;
  source: string;
  checkedOn: string;
  reminderOnly?: boolean;
  checkLocally?: boolean;
};

/**
 * Something a family asked of an agency, a care organization, a school or a provider, with the
 * date an answer is due. `due_rule` is set only when Clarity suggested the date; a date the
 * family gave itself has none.
 */
export const requests = pgTable(
  "requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    toName: text().notNull(),
    toOrganization: text(),
    toRole: text(),
    serviceIds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    providerId: uuid().references(() => providers.id, { onDelete: "set null" }),
    // The letter this request was sent as ("mark as sent"); the letter may be removed later.
    letterId: uuid().references((): AnyPgColumn => letters.id, { onDelete: "set null" }),
    askedOn: date({ mode: "string" }).notNull(),
    channel: text().notNull(),
    summary: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    dueRule: jsonb().$type<RequestDueRule>(),
    status: text().notNull().default("open"),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("requests_family_idx").on(t.familyId, t.askedOn),
    // The caseload counts each family's open requests past their date.
    index("requests_open_due_idx")
      .on(t.familyId, t.dueOn)
      .where(sql`${t.status} = 'open'`),
    index("requests_letter_idx").on(t.letterId),
    index("requests_provider_idx").on(t.providerId),
    check("requests_due_not_before_asked", sql`${t.dueOn} >= ${t.askedOn}`),
    check("requests_summary_length", sql`char_length(${t.summary}) between 1 and 2000`),
    check("requests_to_name_length", sql`char_length(${t.toName}) between 1 and 200`),
  ],
);

/** The children a request is about (at least one, checked at the edge). */
export const requestChildren = pgTable(
  "request_children",
  {
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.childId] }), index("request_children_child_idx").on(t.childId)],
);

/**
 * What happened next on a request (a call back, an answer, a denial), in order. Never edited: the
 * API has no way to change one; they go only with their request or the whole family.
 */
export const requestUpdates = pgTable(
  "request_updates",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    on: date({ mode: "string" }).notNull(),
    note: text().notNull(),
    // The request's status this update set, if it set one.
    status: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("request_updates_request_idx").on(t.requestId, t.on, t.createdAt),
    check("request_updates_note_length", sql`char_length(${t.note}) between 1 and 2000`),
  ],
);

/** A letter drafted from the record for one child; the family edits its text before use. */
export const letters = pgTable(
  "letters",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    template: text().notNull(),
    locale: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    serviceIds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    providerId: uuid().references(() => providers.id, { onDelete: "set null" }),
    requestId: uuid().references((): AnyPgColumn => requests.id, { onDelete: "set null" }),
    recipientName: text().notNull(),
    recipientOrganization: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("letters_family_idx").on(t.familyId, t.createdAt),
    index("letters_child_idx").on(t.childId),
    index("letters_request_idx").on(t.requestId),
    index("letters_provider_idx").on(t.providerId),
  ],
);
