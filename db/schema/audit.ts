import { bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditOutcome = pgEnum("audit_outcome", ["ok", "denied", "failed"]);

// Append-only: a trigger in the migrations refuses UPDATE and DELETE. Never holds message text,
// note text or passwords; `details` carries ids and field names only.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    familyId: uuid(),
    outcome: auditOutcome().notNull(),
    details: jsonb().$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [index("audit_log_family_at_idx").on(t.familyId, t.at), index("audit_log_actor_at_idx").on(t.actorId, t.at)],
);
