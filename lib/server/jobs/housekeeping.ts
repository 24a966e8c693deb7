import "server-only";
import { lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  emailCodes,
  idempotentWrites,
  passwordResetTokens,
  securityEvents,
  sessions,
  webauthnChallenges,
} from "@/db/schema";
import { config } from "@/lib/core/config";
import { purgeDueFamilies } from "@/lib/families/purge";
import { log, logUnlessDatabaseAway } from "@/lib/core/log";
import { processSingleton } from "@/lib/core/singleton";
import { pruneLoginAttempts } from "@/lib/identity/sign-in";

const DAY_MS = 86_400_000;

/**
 * Forget sign-in attempts long outside the rate-limit window, sessions that can no longer be
 * valid (past the absolute limit, or revoked a day ago) and the answers kept for retries after a
 * day (a retry comes within seconds or minutes), so none of these tables grows without bound.
 * Password links, emailed codes and passkey challenges go a day after they expired, an account's
 * security log after a year. The audit log keeps the history.
 */
export async function pruneExpired(db: Database, now = new Date()): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  await pruneLoginAttempts(db, now);
  await db
    .delete(sessions)
    .where(or(lt(sessions.createdAt, ago(config.sessionAbsoluteMs + DAY_MS)), lt(sessions.revokedAt, ago(DAY_MS))));
  await db.delete(idempotentWrites).where(lt(idempotentWrites.createdAt, ago(DAY_MS)));
  await db.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, ago(DAY_MS)));
  await db.delete(emailCodes).where(lt(emailCodes.expiresAt, ago(DAY_MS)));
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  await db.delete(securityEvents).where(lt(securityEvents.at, ago(365 * DAY_MS)));
}

/**
 * Everything that must happen without an operator: at start-up, then every hour on each server
 * (the purge is safe side by side; see purgeDueFamilies). A grace period thus ends in a removal at
 * most an hour late, and a server that was down catches up when it starts.
 */
export async function runHousekeeping(db: Database, now = new Date()): Promise<{ familiesPurged: number }> {
  await pruneExpired(db, now);
  return { familiesPurged: await purgeDueFamilies(db, now) };
}

const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

/** Starts the hourly run once per process, however often start-up is loaded. */
export function startHousekeepingTimer(db: () => Promise<Database>): void {
  processSingleton("housekeeping-timer", () => startTimer(db));
}

function startTimer(db: () => Promise<Database>): NodeJS.Timeout {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    db()
      .then(runHousekeeping)
      .then(({ familiesPurged }) => {
        if (familiesPurged > 0)
          log.info(`housekeeping: ${familiesPurged} family record(s) deleted after their grace period`);
      })
      .catch((error) => {
        logUnlessDatabaseAway("housekeeping", error);
      })
      .finally(() => {
        busy = false;
      });
  }, HOUSEKEEPING_EVERY_MS);
  return timer.unref();
}
