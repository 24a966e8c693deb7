import "server-only";
import { and, asc, eq, gt, inArray, isNull, max, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { actionItems, careEvents, caseloads, familyMembers, familyTags, messageReads, messages, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export type NextAction = { id: string; title: string; dueOn: string | null };

/** Everything about a set of families that is not the gap engine's: one query per fact, any size. */
export type FamilyFacts = {
  unread: Map<string, number>;
  lastActivity: Map<string, Date>;
  nextAction: Map<string, NextAction>;
  tags: Map<string, string[]>;
  coaches: Map<string, { id: string; name: string }[]>;
};

function append<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function loadFamilyFacts(db: Executor, actor: Actor, familyIds: string[]): Promise<FamilyFacts> {
  const memberAuthored = (familyColumn: typeof messages.familyId | typeof careEvents.familyId, userColumn: typeof messages.authorId | typeof careEvents.actorId) =>
    and(eq(familyMembers.familyId, familyColumn), eq(familyMembers.userId, userColumn));
  const [unreadRows, messageActivity, careActivity, actionRows, tagRows, coachRows] = await Promise.all([
    // The same rule as the navigation badge: anything after the reader's position not written by them.
    actor.role === "admin"
      ? Promise.resolve([])
      : db
          .select({ familyId: messages.familyId, unread: sql<number>`count(*)`.mapWith(Number) })
          .from(messages)
          .leftJoin(messageReads, and(eq(messageReads.familyId, messages.familyId), eq(messageReads.userId, actor.id)))
          .where(and(inArray(messages.familyId, familyIds), ne(messages.authorId, actor.id), gt(messages.position, sql`coalesce(${messageReads.lastReadPosition}, 0)`)))
          .groupBy(messages.familyId),
    // Activity "by the family": what its own members wrote or changed, not what the coach did.
    db
      .select({ familyId: messages.familyId, at: max(messages.createdAt) })
      .from(messages)
      .innerJoin(familyMembers, memberAuthored(messages.familyId, messages.authorId))
      .where(inArray(messages.familyId, familyIds))
      .groupBy(messages.familyId),
    db
      .select({ familyId: careEvents.familyId, at: max(careEvents.at) })
      .from(careEvents)
      .innerJoin(familyMembers, memberAuthored(careEvents.familyId, careEvents.actorId))
      .where(inArray(careEvents.familyId, familyIds))
      .groupBy(careEvents.familyId),
    // The open action item due soonest (undated ones after dated ones, oldest first).
    db
      .selectDistinctOn([actionItems.familyId], { familyId: actionItems.familyId, id: actionItems.id, title: actionItems.title, dueOn: actionItems.dueOn })
      .from(actionItems)
      .where(and(inArray(actionItems.familyId, familyIds), isNull(actionItems.doneAt)))
      .orderBy(actionItems.familyId, sql`${actionItems.dueOn} asc nulls last`, asc(actionItems.createdAt), asc(actionItems.id)),
    db.select({ familyId: familyTags.familyId, tag: familyTags.tag }).from(familyTags).where(inArray(familyTags.familyId, familyIds)).orderBy(asc(familyTags.tag)),
    db
      .select({ familyId: caseloads.familyId, id: users.id, name: users.name })
      .from(caseloads)
      .innerJoin(users, eq(users.id, caseloads.coachId))
      .where(inArray(caseloads.familyId, familyIds))
      .orderBy(asc(caseloads.assignedAt)),
  ]);
  const lastActivity = new Map<string, Date>();
  for (const { familyId, at } of [...messageActivity, ...careActivity]) {
    if (!at) continue;
    const previous = lastActivity.get(familyId);
    if (!previous || at > previous) lastActivity.set(familyId, at);
  }
  const tags = new Map<string, string[]>();
  for (const row of tagRows) append(tags, row.familyId, row.tag);
  const coaches = new Map<string, { id: string; name: string }[]>();
  for (const row of coachRows) append(coaches, row.familyId, { id: row.id, name: row.name });
  return {
    unread: new Map(unreadRows.map((row) => [row.familyId, row.unread])),
    lastActivity,
    nextAction: new Map(actionRows.map(({ familyId, ...action }) => [familyId, action])),
    tags,
    coaches,
  };
}
