const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown (pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up / shutting down)
  "57014", // query_canceled: the statement timeout fired
  "REQUEST_DEADLINE", // the request outlived connect + statement timeouts (lib/server/http/route.ts)
  "53300", // too_many_connections: the server is full for now
  "55000", // object_not_in_prerequisite_state: how Postgres refuses a database not accepting connections
]);

/** The driver's error code (SQLSTATE or a connection code), wherever drizzle wrapped it. */
export function databaseErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** True when the database could not be reached (as opposed to a query that is wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code !== undefined && (CONNECTION_CODES.has(code) || code.startsWith("08"));
}

/** Text the database cannot store (a NUL byte, an invalid encoding): the caller's input, not a fault. */
export function isUnstorableText(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code === "22021" || code === "22P05";
}
