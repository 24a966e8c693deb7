import { config } from "./config";
import { databaseErrorCode, isDatabaseUnavailable } from "./database-errors";

// One place that writes the server log, so every line is tagged alike and nothing about a
// request's data (message text, names, SQL parameters) is ever written by accident.

export const log = {
  info: (message: string) => console.log(`[clarity] ${message}`),
  warn: (message: string) => console.warn(`[clarity] ${message}`),
  error: (message: string) => console.error(`[clarity] ${message}`),
};

/**
 * What may be logged about an unexpected error: its name and code. Query errors carry their SQL
 * parameters (user data) in the message, so the message is shown only in development.
 */
export function describeError(error: unknown): string {
  if (config.development && error instanceof Error) return error.stack ?? error.message;
  const name = error instanceof Error ? error.name : typeof error;
  const code = databaseErrorCode(error);
  return code ? `${name} (code ${code})` : name;
}

/**
 * A background job's failure: a database outage is expected and says nothing new (the requests
 * answer 503 meanwhile), anything else is logged by name.
 */
export function logUnlessDatabaseAway(what: string, error: unknown): void {
  if (!isDatabaseUnavailable(error)) log.error(`${what} failed: ${describeError(error)}`);
}
