import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { securityEvents, sessions, users } from "@/db/schema";
import { config } from "@/lib/core/config";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { Client } from "@/lib/identity/client";
import { recordSecurityEvent } from "@/lib/identity/security-events";
import { judgeSession } from "@/lib/identity/session-rules";
import { isId } from "@/lib/schemas/fields";
import type { SecurityEventType } from "@/lib/schemas/security";

export type SecurityEventDto = { type: SecurityEventType; at: string; ip: string | null; userAgent: string | null };

/** The account's own security log, newest first: the last hundred events. */
export async function listSecurityEvents(actor: Actor, limit = 100): Promise<SecurityEventDto[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(securityEvents)
    .where(eq(securityEvents.userId, actor.id))
    .orderBy(desc(securityEvents.at), desc(securityEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    type: row.type as SecurityEventType,
    at: row.at.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
  }));
}

export type SessionDto = {
  id: string;
  current: boolean;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
};

/** The account's sessions that still count (not revoked, superseded, idle or expired), newest first. */
export async function listSessions(actor: Actor, now = new Date()): Promise<SessionDto[]> {
  const db = await getDb();
  const rows = await db
    .select({ session: sessions, sessionVersion: users.sessionVersion, disabled: users.disabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.userId, actor.id),
        isNull(sessions.revokedAt),
        gt(sessions.createdAt, new Date(now.getTime() - config.sessionAbsoluteMs)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.id));
  const limits = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
  return rows
    .filter((row) => judgeSession(row.session, row, now, limits) === "valid")
    .map(({ session }) => ({
      id: session.id,
      current: session.id === actor.sessionId,
      userAgent: session.userAgent,
      ip: session.ip,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
    }));
}

/**
 * Ends one of the account's sessions (a phone left signed in somewhere). Anyone else's session,
 * or one already over, is a 404. True when it was the caller's own.
 */
export async function endSession(actor: Actor, sessionId: string, client: Client, now = new Date()): Promise<boolean> {
  if (!isId(sessionId)) throw notFound();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (!ended) throw notFound();
    await recordSecurityEvent(tx, actor.id, "session-revoked", client, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.session_revoke",
      targetType: "session",
      targetId: sessionId,
      outcome: "ok",
    });
  });
  return sessionId === actor.sessionId;
}
