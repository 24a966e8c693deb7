import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { familyLinkOf } from "@/lib/identity/family-access";

/** An account as an admin sees it: who, and on how many families, never which ones. */
export type AccountSummary = {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  familyCount: number;
  createdAt: string;
};

/** Every live account of one role, by name, with its number of families (caseload or membership). */
export async function accountsOf(db: Executor, role: "coach" | "parent"): Promise<AccountSummary[]> {
  const link = familyLinkOf(role);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      createdAt: users.createdAt,
      familyCount: sql<number>`count(${link.familyId})`.mapWith(Number),
    })
    .from(users)
    .leftJoin(link.table, eq(link.userId, users.id))
    .where(and(eq(users.role, role), isNull(users.deletedAt)))
    .groupBy(users.id)
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
