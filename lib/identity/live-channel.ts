import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * The one Postgres LISTEN/NOTIFY channel of live updates: conversation changes (lib/messages) and
 * session revocations, so every app server hears both on the one connection it listens on.
 * Payloads name a family or a user, never content.
 */
export const LIVE_CHANNEL = "clarity_messages";

/**
 * Tells every app server that some of this user's sessions ended (signed out, revoked, disabled,
 * deleted): their open message streams check their own session at once and close if it is over.
 * Sent in the caller's transaction, so it is heard only if the change commits.
 */
export async function signalSessionsChanged(db: Executor, userId: string): Promise<void> {
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ k: "s", u: userId })})`);
}
