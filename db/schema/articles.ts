import { pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { families } from "./families";

/** Articles a coach recommends on a family's home ("Your coach recommends"), at most three. */
export const pinnedArticles = pgTable(
  "pinned_articles",
  {
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    // A slug, not a foreign key: articles live in content/, not in the database.
    articleSlug: text().notNull(),
    // Kept when the coach's account goes: the recommendation stays with the family.
    pinnedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    pinnedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // The coach's order, first shown first.
    position: smallint().notNull(),
  },
  // The unique key leads with family_id, so it also serves "this family's pins".
  (t) => [unique("pinned_articles_family_slug_key").on(t.familyId, t.articleSlug)],
);
