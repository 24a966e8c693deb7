import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { families } from "./families";

// Catalog ids (credential, need, service, treatment model) are kept as text: the catalog lives in
// lib/domain and is validated at the edge, so a new catalog entry needs no migration.

export const children = pgTable(
  "children",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    name: text().notNull(),
    birthYear: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("children_family_idx").on(t.familyId)],
);

export const childNeeds = pgTable(
  "child_needs",
  {
    id: uuid().primaryKey().defaultRandom(),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    needId: text().notNull(),
    identifiedOn: date({ mode: "string" }).notNull(),
    resolvedOn: date({ mode: "string" }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("child_needs_child_idx").on(t.childId),
    check(
      "child_needs_resolved_after_identified",
      sql`${t.resolvedOn} is null or ${t.resolvedOn} >= ${t.identifiedOn}`,
    ),
  ],
);

/** A service marked as needed directly, with the reason (a discharge plan, a coach's advice). */
export const neededServices = pgTable(
  "needed_services",
  {
    id: uuid().primaryKey().defaultRandom(),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    serviceId: text().notNull(),
    markedOn: date({ mode: "string" }).notNull(),
    clearedOn: date({ mode: "string" }),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("needed_services_child_idx").on(t.childId),
    check("needed_services_cleared_after_marked", sql`${t.clearedOn} is null or ${t.clearedOn} >= ${t.markedOn}`),
  ],
);

export type QuestionAnswer = { answer: string; askedOn: string };

export const providers = pgTable(
  "providers",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    name: text().notNull(),
    agency: text(),
    statedTitle: text().notNull(),
    // Every credential the person holds (an LPC who is also a CADC), canonical for the family's
    // state when entered ("qmhp" in Oregon is stored as "or:qmhp"). The first is the one they are
    // mainly working as.
    credentialIds: text().array().notNull(),
    // Who supervises an associate or a paraprofessional: another provider of the same family, or
    // someone off the team named with their credential. Never both.
    supervisorProviderId: uuid().references((): AnyPgColumn => providers.id, { onDelete: "set null" }),
    supervisorName: text(),
    supervisorCredentialId: text(),
    licenseNumber: text(),
    licenseState: text(),
    trainedIn: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    servicesDelivered: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    startOn: date({ mode: "string" }).notNull(),
    endOn: date({ mode: "string" }),
    contact: text(),
    notes: text(),
    /** The questions to ask, by question id: what they answered and when it was asked. */
    answers: jsonb().$type<Record<string, QuestionAnswer>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("providers_family_idx").on(t.familyId),
    check("providers_end_after_start", sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
    check("providers_some_credential", sql`cardinality(${t.credentialIds}) >= 1`),
    check(
      "providers_one_supervisor",
      sql`(${t.supervisorName} is null) = (${t.supervisorCredentialId} is null) and (${t.supervisorProviderId} is null or ${t.supervisorName} is null)`,
    ),
    check(
      "providers_not_own_supervisor",
      sql`${t.supervisorProviderId} is null or ${t.supervisorProviderId} <> ${t.id}`,
    ),
  ],
);

export const providerChildren = pgTable(
  "provider_children",
  {
    providerId: uuid()
      .notNull()
      .references(() => providers.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.childId] }), index("provider_children_child_idx").on(t.childId)],
);

export type CareEventChange = { from: unknown; to: unknown };

/**
 * Append-only history of every change to children, needs, marks and providers (a trigger refuses
 * UPDATE, and DELETE except when a whole family is removed). `subject` keeps what the history
 * page needs to describe a record that has since been deleted.
 */
export const careEvents = pgTable(
  "care_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    subject: jsonb().$type<Record<string, string | number | null>>().notNull(),
    changes: jsonb().$type<Record<string, CareEventChange>>().notNull().default({}),
    // Set on events loaded from an export: the name its file gave as the one who acted, as text
    // only, and when it was loaded. `actor_id` is then the person who loaded it.
    importedActorName: text(),
    importedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("care_events_family_at_idx").on(t.familyId, t.at),
    check("care_events_imported_together", sql`(${t.importedActorName} is null) = (${t.importedAt} is null)`),
  ],
);
