import "server-only";
import postgres from "postgres";
import { config } from "@/lib/core/config";

/**
 * When one request finds the database server refusing connections (down, or starting up), the
 * requests already waiting on it are doomed too: a driver call on a connection that died with the
 * server can hang until the request deadline (seen by `npm run test:faults`: 7 s and more).
 * They are told at once, answer 503 without waiting, and their writes roll back.
 * A single connection being killed (57P01) is not the server being away: others carry on.
 */
const SERVER_AWAY_CODES = new Set(["ECONNREFUSED", "CONNECT_TIMEOUT", "57P03", "57P02"]);

const waiting = new Set<(error: Error) => void>();

export function isServerAway(code: string | undefined): boolean {
  return code !== undefined && SERVER_AWAY_CODES.has(code);
}

export function reportDatabaseAway(error: Error): void {
  for (const notify of [...waiting]) notify(error);
}

/** Calls `onAway` if the database is reported away before `stop()` is called. */
export function whileWaiting(onAway: (error: Error) => void): () => void {
  waiting.add(onAway);
  return () => waiting.delete(onAway);
}

let lastProbe = 0;

/**
 * Asks the server directly, on a fresh connection of its own (the pool's may be stuck on sockets
 * that died with the server): a refusal means it is away, and everyone waiting is told. At most
 * once a second, and only on Postgres (the embedded database cannot go away on its own).
 */
export async function probeDatabaseServer(): Promise<void> {
  const url = config.databaseUrl;
  if (!url || Date.now() - lastProbe < 1000) return;
  lastProbe = Date.now();
  const probe = postgres(url, { max: 1, connect_timeout: 1, idle_timeout: 1, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch (error) {
    if (error instanceof Error && isServerAway((error as { code?: string }).code)) reportDatabaseAway(error);
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}
