import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { caseloads, families, users } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { decodeCursor, encodeCursor } from "@/lib/caseload/cursor";
import type { CaseloadQuery } from "@/lib/schemas/caseload";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { notFound } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type { MoveFamilyInput } from "@/lib/schemas/admin";
import { isId } from "@/lib/schemas/fields";
import { requireAdmin } from "./guard";

/**
 * A family as an admin sees it: what moving it to another coach and managing accounts needs, and
 * nothing of its care. Its name, its coaches and how many parents and children it has; never a
 * child's name, a tag, a missing service or a safety flag.
 */
type AdminFamily = {
  id: string;
  name: string;
  archived: boolean;
  coaches: { id: string; name: string }[];
  parents: number;
  children: number;
};

type AdminFamilyPage = { families: AdminFamily[]; nextCursor: string | null; total: number };

/** Families by name, each with its coaches and counts, in one statement. */
function familyRows(db: Executor, where: SQL, limit?: number): Promise<(AdminFamily & { total: number })[]> {
  return rowsOf(
    db,
    sql`select f.id, f.name, f.archived_at is not null as "archived",
        (select count(*)::int from family_members m where m.family_id = f.id) as "parents",
        (select count(*)::int from children c where c.family_id = f.id) as "children",
        (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by l.assigned_at, u.name), '[]'::json)
          from caseloads l join users u on u.id = l.coach_id where l.family_id = f.id) as "coaches",
        count(*) over ()::int as "total"
      from families f where ${where} order by f.name, f.id ${limit === undefined ? sql`` : sql`limit ${limit}`}`,
  );
}

const withoutTotal = ({ id, name, archived, coaches, parents, children }: AdminFamily): AdminFamily => ({
  id,
  name,
  archived,
  coaches,
  parents,
  children,
});

/** Every family by name with its coaches and counts, so an admin can move one. */
export async function listFamiliesForAdmin(actor: Actor): Promise<AdminFamily[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.families_list");
  return (await familyRows(db, sql`true`)).map(withoutTotal);
}

/**
 * The admin's caseload-like view of the practice (GET /api/v1/caseload): families a page at a
 * time by name, all coaches' or one coach's, active or archived, searched by family name only. The
 * coach's filters on care (safety gaps, unread messages, inactivity, tags) are not the admin's
 * and are refused.
 */
export async function adminFamilyPage(
  actor: Actor,
  query: Pick<CaseloadQuery, "flags" | "tags" | "q" | "coach" | "cursor" | "limit">,
): Promise<AdminFamilyPage> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.families_list");
  if (query.tags.length > 0 || query.flags.some((flag) => flag !== "archived"))
    throw invalidFields({ filter: "validation.caseloadFilter" });
  const after = query.cursor ? decodeCursor(query.cursor, "name") : null;
  if (after && (after.length !== 2 || typeof after[0] !== "string" || typeof after[1] !== "string"))
    throw invalidFields({ cursor: "validation.cursor" });
  const conditions: SQL[] = [
    query.flags.includes("archived") ? sql`f.archived_at is not null` : sql`f.archived_at is null`,
  ];
  if (query.coach)
    conditions.push(sql`exists (select 1 from caseloads l where l.family_id = f.id and l.coach_id = ${query.coach})`);
  if (query.q) conditions.push(sql`f.name ilike ${`%${query.q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`}`);
  const filtered = sql.join(conditions, sql` and `);
  // The total counts every match; the page resumes after the last row of the one before.
  const rows = await familyRows(
    db,
    after ? sql`${filtered} and (f.name, f.id) > (${after[0]}, ${after[1]}::uuid)` : filtered,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const total = after ? await countFamilies(db, filtered) : (rows[0]?.total ?? 0);
  return {
    families: page.map(withoutTotal),
    nextCursor: rows.length > query.limit && last ? encodeCursor("name", [last.name, last.id]) : null,
    total,
  };
}

async function countFamilies(db: Executor, where: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from families f where ${where}`);
  return row?.n ?? 0;
}

/**
 * Hands a family to another coach: its caseload rows are replaced in one transaction. Access is
 * decided from caseloads on every request, so the old coach gets a 404 on their very next one, and
 * their pending invites into the family stop working with it.
 */
export async function moveFamily(actor: Actor, familyId: string, input: MoveFamilyInput): Promise<AdminFamily> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.family_move", { type: "family", id: familyId });
  if (!isId(familyId)) throw notFound();
  return db.transaction(async (tx) => {
    const [family] = await tx.select().from(families).where(eq(families.id, familyId)).for("update");
    if (!family) throw notFound();
    const [coach] = await tx
      .select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
      .from(users)
      .where(eq(users.id, input.coachId));
    if (!coach || coach.role !== "coach" || coach.disabled) throw invalidFields({ coachId: "validation.coach" });
    const before = await tx
      .select({ coachId: caseloads.coachId })
      .from(caseloads)
      .where(eq(caseloads.familyId, familyId));
    const leaving = before.map((row) => row.coachId).filter((id) => id !== coach.id);
    if (leaving.length > 0)
      await tx.delete(caseloads).where(and(eq(caseloads.familyId, familyId), inArray(caseloads.coachId, leaving)));
    await tx.insert(caseloads).values({ coachId: coach.id, familyId }).onConflictDoNothing();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.family_move",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
      details: { toCoachId: coach.id, fromCoachIds: before.map((row) => row.coachId).join(",") },
    });
    const [moved] = await familyRows(tx, sql`f.id = ${family.id}`);
    return withoutTotal(moved!);
  });
}
