import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { careEvents, users } from "@/db/schema";
import type { CareEventChange } from "@/db/schema/care-team";
import type { Actor } from "@/lib/identity/actor";
import { importedFrom, type ImportedFrom } from "@/lib/domain/record/imported";
import { readFamily } from "./scope";

export type CareEventInput = {
  familyId: string;
  actorId: string;
  action: string;
  subjectType: "child" | "need" | "needed-service" | "provider" | "request";
  subjectId: string;
  subject: Record<string, string | number | null>;
  changes?: Record<string, CareEventChange>;
};

export async function recordCareEvent(db: Executor, event: CareEventInput): Promise<void> {
  await db.insert(careEvents).values({ ...event, changes: event.changes ?? {} });
}

/** The fields whose value differs, as { from, to } (arrays compared by content). */
export function changesBetween<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, CareEventChange> {
  const changes: Record<string, CareEventChange> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changes;
}

/** An event as the history shows it; the export names the actor with their role too. */
export type CareEventDto<Person = { id: string; name: string }> = {
  id: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string;
  subject: Record<string, string | number | null>;
  changes: Record<string, CareEventChange>;
  /** Who made the change in Clarity; for an imported event, who loaded the file. */
  actor: Person | null;
  /** Set on an event loaded from an export: the name the file gave (text only) and when it was loaded. */
  imported: ImportedFrom | null;
};

/** An event row with whoever did it (null once their account is gone). */
export function careEventDto<Person>(
  event: typeof careEvents.$inferSelect,
  actor: Person | null,
): CareEventDto<Person> {
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    subject: event.subject,
    changes: event.changes,
    actor,
    imported: importedFrom(event.importedActorName, event.importedAt),
  };
}

export type CareEventPage = { events: CareEventDto[]; nextCursor: string | null };

/** The family's history, newest first, a page at a time (`before` is the last id seen). */
export async function listCareEvents(
  actor: Actor,
  familyId: string,
  page: { before?: number; limit: number },
): Promise<CareEventPage> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "history");
  const rows = await db
    .select({ event: careEvents, actorName: users.name })
    .from(careEvents)
    .leftJoin(users, eq(users.id, careEvents.actorId))
    .where(and(eq(careEvents.familyId, familyId), page.before ? lt(careEvents.id, page.before) : undefined))
    .orderBy(desc(careEvents.id))
    .limit(page.limit + 1);
  const events = rows
    .slice(0, page.limit)
    .map(({ event, actorName }) =>
      careEventDto(event, event.actorId && actorName ? { id: event.actorId, name: actorName } : null),
    );
  return { events, nextCursor: rows.length > page.limit ? String(events.at(-1)!.id) : null };
}
