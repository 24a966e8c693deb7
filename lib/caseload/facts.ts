import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

// Written out with table aliases: drizzle leaves column names unqualified inside a one-table
// select, which would make these correlated subqueries ambiguous.

/**
 * What ranking and filtering need beside the engine, as columns of the caseload's own query:
 * unread messages (the navigation badge's rule: after the reader's position, not written by
 * them; an index answers it from the unread tail alone) and the family's tags.
 */
export function rankingColumns(actor: Actor) {
  return {
    unread: (actor.role === "admin"
      ? sql<number>`0`
      : sql<number>`(select count(*) from messages m where m.family_id = "families"."id" and m.author_id <> ${actor.id}
          and m.position > coalesce((select r.last_read_position from message_reads r where r.family_id = "families"."id" and r.user_id = ${actor.id}), 0))`
    ).mapWith(Number),
    tags: sql<string[]>`array(select t.tag from family_tags t where t.family_id = "families"."id" order by t.tag)`,
  };
}

export type NextAction = { id: string; title: string; dueOn: string | null };

export type RowDetails = { nextAction: NextAction | null; coaches: { id: string; name: string }[] };

/** What only the rows on the page show: the next action the coach set, and the family's coaches. */
export async function loadRowDetails(db: Executor, familyIds: string[]): Promise<Map<string, RowDetails>> {
  if (familyIds.length === 0) return new Map();
  const rows = await db
    .select({
      familyId: families.id,
      // The open action item due soonest (undated ones after dated ones, oldest first).
      nextAction: sql<NextAction | null>`(select json_build_object('id', a.id, 'title', a.title, 'dueOn', a.due_on) from action_items a
          where a.family_id = "families"."id" and a.done_at is null order by a.due_on asc nulls last, a.created_at asc, a.id asc limit 1)`,
      coaches: sql<{ id: string; name: string }[]>`(select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by c.assigned_at), '[]'::json)
          from caseloads c join users u on u.id = c.coach_id where c.family_id = "families"."id")`,
    })
    .from(families)
    .where(inArray(families.id, familyIds));
  return new Map(rows.map(({ familyId, ...details }) => [familyId, details]));
}
