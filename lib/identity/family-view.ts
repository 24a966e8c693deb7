import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

/**
 * The (actor, family) pairs already written during this server render. React's `cache` gives one
 * Set per page render; outside a render (route handlers, scripts, tests) it memoizes nothing, so
 * every call gets a fresh Set and every API read is recorded.
 */
const viewedThisRender = cache(() => new Set<string>());

/**
 * Records that a coach opened a family's data: one audit row per view. A page that reads several
 * parts of a family (the overview reads its summary, gaps and providers) is still one view, so
 * only the first read of a render writes; an API call is one view on its own.
 */
export async function recordFamilyView(
  db: Executor,
  actor: Pick<Actor, "id">,
  familyId: string,
  view: { action: string; targetType: string },
): Promise<void> {
  const seen = viewedThisRender();
  const key = `${actor.id}:${familyId}`;
  if (seen.has(key)) return;
  seen.add(key);
  await recordAudit(db, {
    actorId: actor.id,
    action: view.action,
    targetType: view.targetType,
    targetId: familyId,
    familyId,
    outcome: "ok",
  });
}

/**
 * A caseload page shows each listed family's children, gaps and unread count: a read of every
 * one of them, so one row per family on the page, none for the families not shown. An insert over
 * the ids (not a row builder per family: it runs on every refresh of every coach's dashboard), in
 * the shown order, to be run as part of the statement that reads what the page shows (see
 * lib/caseload/facts.ts): the rows and the read then land together, in one round trip.
 */
export function caseloadViewInsert(actor: Pick<Actor, "id">, shownIds: SQL): SQL {
  return sql`insert into ${auditLog} (actor_id, action, target_type, target_id, family_id, outcome)
    select ${actor.id}::uuid, 'caseload.view', 'caseload', shown.id::text, shown.id, 'ok'
    from unnest(${shownIds}) with ordinality as shown(id, n) order by shown.n`;
}
