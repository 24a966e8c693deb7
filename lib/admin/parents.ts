import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { familyMembers, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "./guard";

export type ParentAccount = { id: string; name: string; email: string; disabled: boolean; familyCount: number; createdAt: string };

/**
 * Parent accounts by name, so an admin can delete one on request. Accounts only: how many
 * families each belongs to, never which ones or anything in them.
 */
export async function listParents(actor: Actor): Promise<ParentAccount[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.parents_list");
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, disabled: users.disabled, createdAt: users.createdAt, familyCount: sql<number>`count(${familyMembers.familyId})`.mapWith(Number) })
    .from(users)
    .leftJoin(familyMembers, eq(familyMembers.userId, users.id))
    .where(and(eq(users.role, "parent"), isNull(users.deletedAt)))
    .groupBy(users.id)
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
