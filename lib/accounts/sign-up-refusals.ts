import "server-only";
import { and, desc, eq, gt, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { signUpRefusals } from "@/db/schema";

/**
 * "That email already has an account" tells whoever asks that an account exists. An invite link
 * (or one client) gets at most MAX such answers in WINDOW_MS, then 429 until the oldest ages out,
 * so a link cannot be used to test address after address. Counted in Postgres, like sign-in
 * failures, so every app server sees the same count.
 */
export const SIGN_UP_REFUSALS = { max: 5, windowMs: 60 * 60_000 } as const;

export type RefusalKey = { tokenHash: string; address: string | null };

/** Seconds until this link and this client may try again, or null when they may now. */
export async function signUpBlockedFor(db: Executor, key: RefusalKey, now = new Date()): Promise<number | null> {
  const since = new Date(now.getTime() - SIGN_UP_REFUSALS.windowMs);
  const waits = await Promise.all(
    [eq(signUpRefusals.tokenHash, key.tokenHash), key.address ? eq(signUpRefusals.address, key.address) : null]
      .filter((condition): condition is SQL => condition !== null)
      .map(async (condition) => {
        // The newest MAX in the window: free again once the oldest of them leaves it.
        const rows = await db
          .select({ at: signUpRefusals.at })
          .from(signUpRefusals)
          .where(and(condition, gt(signUpRefusals.at, since)))
          .orderBy(desc(signUpRefusals.at))
          .limit(SIGN_UP_REFUSALS.max);
        if (rows.length < SIGN_UP_REFUSALS.max) return null;
        const freeAt = rows[SIGN_UP_REFUSALS.max - 1]!.at.getTime() + SIGN_UP_REFUSALS.windowMs;
        return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
      }),
  );
  const blocked = waits.filter((wait): wait is number => wait !== null);
  return blocked.length > 0 ? Math.max(...blocked) : null;
}

export async function recordSignUpRefusal(
  db: Executor,
  inviteId: string,
  key: RefusalKey,
  now = new Date(),
): Promise<void> {
  await db.insert(signUpRefusals).values({ inviteId, tokenHash: key.tokenHash, address: key.address, at: now });
}
