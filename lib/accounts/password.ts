import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { AppError } from "@/lib/http/errors";
import { translatorFor } from "@/lib/i18n/translator";

/** Changes the password and ends every other session; the one that made the change lives on. */
export async function changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit(db, { actorId: actor.id, action: "account.password_change", outcome: "denied" });
    throw new AppError("wrong_password", { currentPassword: translatorFor()("errors.wrong_password") });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await endAllSessions(tx, actor.id, actor.sessionId);
    await recordAudit(tx, { actorId: actor.id, action: "account.password_change", outcome: "ok" });
  });
}

/** Signs the actor out everywhere, this session included. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await endAllSessions(tx, actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "account.sessions_revoke", outcome: "ok" });
  });
}
