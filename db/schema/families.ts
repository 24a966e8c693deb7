import { sql } from "drizzle-orm";
import { bigint, bigserial, check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const families = pgTable(
  "families",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
    // Bumped by triggers (migration 0007) whenever the family's children, needs, marks, providers
    // or provider links change: anything derived from the care records may be cached against it.
    careVersion: bigint({ mode: "number" }).notNull().default(0),
    // The newest message or care-record change by one of the family's own members, kept by
    // triggers (migration 0010): the caseload reads it instead of scanning histories.
    lastFamilyActivityAt: timestamp({ withTimezone: true }),
    // A parent asked for the record to be deleted: until deletion_due_at the family's parents and
    // coaches may restore it; from then on the purge (lib/families/purge.ts) removes it.
    deletionRequestedAt: timestamp({ withTimezone: true }),
    deletionRequestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    deletionDueAt: timestamp({ withTimezone: true }),
    // Where the child is served, as a two-letter US code: titles like "QMHP" mean different things
    // in different states, so the gap engine reads the family's state. Null until a parent picks one.
    state: text(),
  },
  // Serves the purge's "families past their grace period" without scanning every family.
  (t) => [
    index("families_deletion_due_idx")
      .on(t.deletionDueAt)
      .where(sql`${t.deletionDueAt} is not null`),
    // The list of codes lives in lib/domain (validated at the edge); the database keeps the shape.
    check("families_state_code", sql`${t.state} is null or ${t.state} ~ '^[A-Z]{2}$'`),
  ],
);

export const familyMembers = pgTable(
  "family_members",
  {
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.familyId, t.userId] }), index("family_members_user_idx").on(t.userId)],
);

export const caseloads = pgTable(
  "caseloads",
  {
    coachId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coachId, t.familyId] }), index("caseloads_family_idx").on(t.familyId)],
);

export const invites = pgTable(
  "invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Only a SHA-256 of the token is kept: a leaked table cannot be turned into working links.
    tokenHash: text().notNull().unique(),
    invitedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Null: the invite founds a new family on the inviting coach's caseload. Set: only a parent of
    // that family makes it (lib/invites/lookup.ts refuses any other maker at sign-up).
    familyId: uuid().references(() => families.id, { onDelete: "cascade" }),
    familyName: text(),
    // Whom the link is for, as its maker wrote it: shown in lists, never checked at sign-up.
    inviteeName: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    usedById: uuid().references(() => users.id, { onDelete: "set null" }),
    // Set when the inviter withdraws the link: sign-up then refuses it (410), as a used one.
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invites_invited_by_idx").on(t.invitedById)],
);

// A coach's suggestion that a family bring someone in (a co-parent, say). No link exists until
// a parent of the family approves it: the approval makes an invite in that parent's name.
export const inviteSuggestions = pgTable(
  "invite_suggestions",
  {
    id: uuid().primaryKey().defaultRandom(),
    familyId: uuid()
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    suggestedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    inviteeName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Null while it waits for the family; then who settled it, when, and how.
    decision: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    // The invite an approval made.
    inviteId: uuid().references(() => invites.id, { onDelete: "set null" }),
  },
  (t) => [
    index("invite_suggestions_family_idx").on(t.familyId, t.createdAt),
    index("invite_suggestions_suggested_by_idx").on(t.suggestedById),
    check(
      "invite_suggestions_decision_check",
      sql`(${t.decision} is null and ${t.decidedAt} is null) or (${t.decision} in ('approved', 'declined', 'withdrawn') and ${t.decidedAt} is not null)`,
    ),
  ],
);

// Sign-ups refused because the email is taken: counted per invite and per client address, so one
// link (or one client) cannot try address after address to learn who has an account.
export const signUpRefusals = pgTable(
  "sign_up_refusals",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    inviteId: uuid()
      .notNull()
      .references(() => invites.id, { onDelete: "cascade" }),
    // The link's token as it was then (its hash): sending the invite again starts a fresh count.
    tokenHash: text().notNull(),
    // Null when the client's address is unknown; then only the link's own count applies.
    address: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_up_refusals_token_at_idx").on(t.tokenHash, t.at),
    index("sign_up_refusals_invite_idx").on(t.inviteId),
    index("sign_up_refusals_address_at_idx").on(t.address, t.at),
  ],
);
