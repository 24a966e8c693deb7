import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { accountsOf, type AccountSummary } from "./accounts";
import { requireAdmin } from "./guard";

type ParentAccount = AccountSummary;

/**
 * Parent accounts by name, so an admin can delete one on request. Accounts only: how many
 * families each belongs to, never which ones or anything in them.
 */
export async function listParents(actor: Actor): Promise<ParentAccount[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.parents_list");
  return accountsOf(db, "parent");
}
