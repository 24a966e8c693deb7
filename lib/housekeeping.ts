import "server-only";
import { lt, or } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { loginAttempts, sessions } from "@/db/schema";
import { config } from "@/lib/config";

const DAY_MS = 86_400_000;

/**
 * Run at start-up: forget sign-in attempts long outside the rate-limit window and sessions that
 * can no longer be valid (past the absolute limit, or revoked a day ago), so neither table grows
 * without bound. The audit log keeps the history.
 */
export async function pruneExpired(db: Database, now = new Date()): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  await pruneLoginAttempts(db, now);
  await db.delete(sessions).where(or(lt(sessions.createdAt, ago(config.sessionAbsoluteMs + DAY_MS)), lt(sessions.revokedAt, ago(DAY_MS))));
}

export async function pruneLoginAttempts(db: Executor, now = new Date()): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - Math.max(DAY_MS, config.signInWindowMs))));
}
