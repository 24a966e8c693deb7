import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { config } from "@/lib/core/config";
import { log } from "@/lib/core/log";
import { isLocale } from "@/lib/core/i18n/locales";
import type { Actor } from "./actor";
import { NO_CLIENT, type Client } from "./client";
import { signalSessionsChanged } from "./live-channel";
import { hasSecondStepSql } from "./second-step";
import { judgeSession, needsTouch, sessionEndsAt } from "./session-rules";

export async function startSession(
  db: Executor,
  userId: string,
  sessionVersion: number,
  client: Pick<Client, "ip" | "userAgent"> = NO_CLIENT,
  now = new Date(),
): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({ userId, sessionVersion, ip: client.ip, userAgent: client.userAgent, createdAt: now, lastSeenAt: now })
    .returning({ id: sessions.id });
  return row!.id;
}

export type ResolveOptions = {
  /** Background requests (polling, live streams) must not keep an idle session alive. */
  touch?: boolean;
  now?: Date;
};

const limits = () => ({ idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs });

/** The session and its user, judged now; null (with the reason logged) when it no longer counts. */
async function judgedSession(sessionId: string, now: Date) {
  const db = await getDb();
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        sessionVersion: users.sessionVersion,
        disabled: users.disabled,
        locale: users.locale,
      },
      // Asked only where some role must have a second step: a few index lookups in the same statement.
      hasSecondStep: config.mfaRequiredRoles.length > 0 ? hasSecondStepSql(users.id) : sql<boolean>`true`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  // Why a cookie stopped counting is worth a line (never the session or user id): a sign-out
  // nobody asked for is then explainable from the server's log.
  if (!row) {
    log.info("session refused: unknown");
    return null;
  }
  const verdict = judgeSession(row.session, row.user, now, limits());
  if (verdict !== "valid") {
    log.info(`session refused: ${verdict}`);
    return null;
  }
  return row;
}

/** The session named by the cookie, checked against its user on every request. */
export async function resolveSession(sessionId: string, options: ResolveOptions = {}): Promise<Actor | null> {
  const now = options.now ?? new Date();
  const row = await judgedSession(sessionId, now);
  if (!row) return null;
  if ((options.touch ?? true) && needsTouch(row.session.lastSeenAt, now)) {
    const db = await getDb();
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  const { id, email, name, role, locale } = row.user;
  const mustEnroll = config.mfaRequiredRoles.includes(role) && !row.hasSecondStep;
  return {
    id,
    email,
    name,
    role,
    sessionId,
    locale: isLocale(locale) ? locale : null,
    ...(mustEnroll ? { mustEnroll: true } : {}),
  };
}

/**
 * When the session ends unless something touches it first (for a live stream, which must close
 * then and must not keep it alive itself); null when it has already ended. Never touches it.
 */
export async function sessionDeadline(sessionId: string, now = new Date()): Promise<Date | null> {
  const row = await judgedSession(sessionId, now);
  return row ? sessionEndsAt(row.session, limits()) : null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ userId: sessions.userId });
    if (revoked) await signalSessionsChanged(tx, revoked.userId);
  });
}

/**
 * Ends every session of a user at once: the version bump makes any older cookie worthless.
 * `keepSessionId` survives (a password change keeps the session that made it).
 */
export async function endAllSessions(db: Executor, userId: string, keepSessionId?: string): Promise<void> {
  const [user] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  const others = keepSessionId
    ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
    : eq(sessions.userId, userId);
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(others, isNull(sessions.revokedAt)));
  if (keepSessionId) {
    await db.update(sessions).set({ sessionVersion: user!.sessionVersion }).where(eq(sessions.id, keepSessionId));
  }
  await signalSessionsChanged(db, userId);
}
