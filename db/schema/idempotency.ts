import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { families } from "./families";

// The answer to each write sent with an Idempotency-Key, stored in the write's own transaction:
// a retry whose first attempt committed but was never acknowledged (a 503 after the commit, a
// connection lost on the way back) gets the stored answer instead of doing the change again.
// Kept a day (lib/server/jobs/housekeeping.ts); the answer is family data, so it goes with the family.
export const idempotentWrites = pgTable(
  "idempotent_writes",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    // A hash of method, path and body: the same key with another request is refused, not replayed.
    fingerprint: text().notNull(),
    answer: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index("idempotent_writes_created_idx").on(t.createdAt),
    index("idempotent_writes_family_idx").on(t.familyId),
  ],
);
