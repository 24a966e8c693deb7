import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { caseloadViewInsert } from "@/lib/identity/family-view";
import { rowsOf } from "@/db/rows";

/** A timestamp as `Date#toISOString` writes it, from the database on either driver. */
const isoTimestamp = (column: AnyColumn) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A family of the caseload with what ranking and filtering need beside the engine's answer. */
type ListedFamily = {
  id: string;
  name: string;
  careVersion: number;
  archived: boolean;
  deletionDueAt: string | null;
  lastActivityAt: string | null;
  unread: number;
  /** Open requests of the family past their due date on the day asked about. */
  overdueRequests: number;
  tags: string[];
};

/**
 * The caseload's families in `scope`, with their unread messages (the navigation badge's rule:
 * after the reader's position, not written by them; an index answers it from the unread tail
 * alone) and tags. Written as one SQL text with its own column names rather than through the
 * query builder: it returns every family of the caseload on every dashboard refresh, and mapping
 * 200 rows through drizzle's field checks cost more CPU than the rest of the request's own code.
 * Subqueries name their tables (m, r, t) so that "families" is always the outer row.
 */
export function listFamilies(db: Executor, actor: Actor, scope: SQL, on: string): Promise<ListedFamily[]> {
  const unread = sql`(select count(*)::int from messages m where m.family_id = ${families.id} and m.author_id <> ${actor.id}
          and m.position > coalesce((select r.last_read_position from message_reads r where r.family_id = ${families.id} and r.user_id = ${actor.id}), 0))`;
  // The partial index requests_open_due_idx answers this from the family's open requests alone.
  const overdue = sql`(select count(*)::int from requests q where q.family_id = ${families.id} and q.status = 'open' and q.due_on < ${on}::date)`;
  return rowsOf<ListedFamily>(
    db,
    // care_version is a bigint, which postgres.js hands over as a string: float8 makes it the
    // number the schema (and the engine cache's version check) uses, exact below 2^53.
    sql`select ${families.id} as "id", ${families.name} as "name", ${families.careVersion}::float8 as "careVersion",
        ${families.archivedAt} is not null as "archived", ${isoTimestamp(families.deletionDueAt)} as "deletionDueAt",
        ${isoTimestamp(families.lastFamilyActivityAt)} as "lastActivityAt", ${unread} as "unread", ${overdue} as "overdueRequests",
        array(select t.tag from family_tags t where t.family_id = ${families.id} order by t.tag) as "tags"
      from ${families} where ${scope} order by ${families.id}`,
  );
}

export type NextAction = { id: string; title: string; dueOn: string | null };

type RowDetails = { nextAction: NextAction | null; coaches: { id: string; name: string }[] };

/**
 * What only the rows on the page show: the next action the coach set, and the family's coaches.
 * The same statement writes the view's audit rows (a data-modifying `with` runs whether or not it
 * is read): one round trip instead of two, on the request every dashboard repeats.
 */
export async function loadRowDetails(
  db: Executor,
  actor: Pick<Actor, "id">,
  familyIds: string[],
): Promise<Map<string, RowDetails>> {
  if (familyIds.length === 0) return new Map();
  const shownIds = sql`string_to_array(${familyIds.join(",")}, ',')::uuid[]`;
  const rows = await rowsOf<{ familyId: string } & RowDetails>(
    db,
    sql`with viewed as (${caseloadViewInsert(actor, shownIds)})
      select f.id as "familyId",
        -- The open action item due soonest (undated ones after dated ones, oldest first).
        (select json_build_object('id', a.id, 'title', a.title, 'dueOn', a.due_on) from action_items a
          where a.family_id = f.id and a.done_at is null order by a.due_on asc nulls last, a.created_at asc, a.id asc limit 1) as "nextAction",
        (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by c.assigned_at), '[]'::json)
          from caseloads c join users u on u.id = c.coach_id where c.family_id = f.id) as "coaches"
      from ${families} f where f.id = any(${shownIds})`,
  );
  return new Map(rows.map(({ familyId, ...details }) => [familyId, details]));
}
