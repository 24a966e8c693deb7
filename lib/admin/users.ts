import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/sessions";
import { AppError, notFound } from "@/lib/http/errors";
import { isId } from "@/lib/schemas/fields";
import { requireAdmin } from "./guard";

export type AccountState = { id: string; disabled: boolean };

/**
 * Disables or enables an account. Disabling ends every session of it at once (sessions are judged
 * against the user on each request; the version bump also kills them for good). An admin cannot
 * disable themselves, so there is always someone left to undo a mistake.
 */
export async function setAccountDisabled(actor: Actor, userId: string, disabled: boolean): Promise<AccountState> {
  const db = await getDb();
  const action = disabled ? "admin.user_disable" : "admin.user_enable";
  await requireAdmin(db, actor, action, { type: "user", id: userId });
  if (!isId(userId)) throw notFound();
  if (userId === actor.id) {
    await recordAudit(db, { actorId: actor.id, action, targetType: "user", targetId: userId, outcome: "denied", details: { reason: "self" } });
    throw new AppError("conflict");
  }
  return db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ disabled, updatedAt: new Date() }).where(eq(users.id, userId)).returning({ id: users.id });
    if (!user) throw notFound();
    if (disabled) await endAllSessions(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action, targetType: "user", targetId: userId, outcome: "ok" });
    return { id: userId, disabled };
  });
}
