import "server-only";

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
