/** Pure session rules: the clock and the limits are parameters, so tests control both. */

type SessionState = {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  sessionVersion: number;
};

type SessionOwner = { sessionVersion: number; disabled: boolean };

type SessionLimits = { idleMs: number; absoluteMs: number };

type SessionVerdict = "valid" | "revoked" | "superseded" | "disabled" | "idle" | "expired";

export function judgeSession(
  session: SessionState,
  owner: SessionOwner,
  now: Date,
  limits: SessionLimits,
): SessionVerdict {
  if (session.revokedAt) return "revoked";
  if (owner.disabled) return "disabled";
  if (session.sessionVersion !== owner.sessionVersion) return "superseded";
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return "idle";
  return "valid";
}

/** When a session that is valid now ends if nothing touches it: at its idle or its absolute limit. */
export function sessionEndsAt(session: Pick<SessionState, "createdAt" | "lastSeenAt">, limits: SessionLimits): Date {
  return new Date(
    Math.min(session.createdAt.getTime() + limits.absoluteMs, session.lastSeenAt.getTime() + limits.idleMs),
  );
}

/** Writing `last_seen_at` on every request would turn reads into writes; once a minute is enough. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
