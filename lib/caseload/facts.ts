import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { careEvents, families, messages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export type NextAction = { id: string; title: string; dueOn: string | null };

/** Everything about a family on the caseload that is not the gap engine's. */
export type FamilyFacts = {
  unread: number;
  lastActivityAt: Date | null;
  nextAction: NextAction | null;
  tags: string[];
  coaches: { id: string; name: string }[];
};

/**
 * The facts of many families in one statement. Each figure is a subquery per family that an index
 * answers by reading a few rows (the newest message, the unread tail), so the cost follows the
 * number of families, not the length of their histories.
 */
export async function loadFamilyFacts(db: Executor, actor: Actor, familyIds: string[]): Promise<Map<string, FamilyFacts>> {
  // Written out with table aliases: drizzle leaves column names unqualified inside a one-table
  // select, which would make every correlated subquery ambiguous.
  const byMember = (alias: string, author: string) =>
    sql.raw(`exists (select 1 from family_members fm where fm.family_id = ${alias}.family_id and fm.user_id = ${alias}.${author})`);
  // The same rule as the navigation badge: anything after the reader's position not written by them.
  const unread =
    actor.role === "admin"
      ? sql<number>`0`
      : sql<number>`(select count(*) from messages m where m.family_id = "families"."id" and m.author_id <> ${actor.id}
          and m.position > coalesce((select r.last_read_position from message_reads r where r.family_id = "families"."id" and r.user_id = ${actor.id}), 0))`;
  const rows = await db
    .select({
      familyId: families.id,
      unread: unread.mapWith(Number),
      // Activity "by the family": what its own members wrote or changed, not what the coach did.
      lastMessageAt: sql`(select m.created_at from messages m where m.family_id = "families"."id" and ${byMember("m", "author_id")} order by m.position desc limit 1)`.mapWith(
        messages.createdAt,
      ),
      lastCareEventAt: sql`(select e.at from care_events e where e.family_id = "families"."id" and ${byMember("e", "actor_id")} order by e.at desc limit 1)`.mapWith(careEvents.at),
      // The open action item due soonest (undated ones after dated ones, oldest first).
      nextAction: sql<NextAction | null>`(select json_build_object('id', a.id, 'title', a.title, 'dueOn', a.due_on) from action_items a
          where a.family_id = "families"."id" and a.done_at is null order by a.due_on asc nulls last, a.created_at asc, a.id asc limit 1)`,
      tags: sql<string[]>`array(select t.tag from family_tags t where t.family_id = "families"."id" order by t.tag)`,
      coaches: sql<{ id: string; name: string }[]>`(select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by c.assigned_at), '[]'::json)
          from caseloads c join users u on u.id = c.coach_id where c.family_id = "families"."id")`,
    })
    .from(families)
    .where(inArray(families.id, familyIds));
  return new Map(
    rows.map(({ familyId, lastMessageAt, lastCareEventAt, ...facts }) => [
      familyId,
      { ...facts, lastActivityAt: latest(lastMessageAt as Date | null, lastCareEventAt as Date | null) },
    ]),
  );
}

const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
