import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";
import { families } from "./families";

// A coach's private notes on a family. Never returned to a parent by any route: only the data
// access layer in lib/coaching reads this table, and it admits coaches on the family's caseload.
export const coachNotes = pgTable(
  "coach_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    // Only the author may edit or delete; a removed author leaves the note to the family's coaches.
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coach_notes_family_idx").on(t.familyId, t.createdAt),
    check("coach_notes_body_length", sql`char_length(${t.body}) between 1 and 10000`),
  ],
);

// What the coach means to do next for a family ("ask the agency who supervises Jordan").
export const actionItems = pgTable(
  "action_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    dueOn: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("action_items_family_open_idx")
      .on(t.familyId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    check("action_items_title_length", sql`char_length(${t.title}) between 1 and 500`),
  ],
);

// Labels a coach puts on families ("waitlist", "IIBHT referral"), stored as typed.
export const familyTags = pgTable(
  "family_tags",
  {
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    tag: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.familyId, t.tag] }),
    index("family_tags_tag_idx").on(t.tag),
    check("family_tags_tag_length", sql`char_length(${t.tag}) between 1 and 40`),
  ],
);
