import { timingSafeEqual } from "node:crypto";
import type { Logger } from "drizzle-orm/logger";
import { config } from "@/lib/core/config";
import { processSingleton } from "@/lib/core/singleton";

// An opt-in count of the SQL statements this server has sent, for the benchmark alone. It is on
// only when BENCH_DIAGNOSTICS_TOKEN holds a long random token, and read only by a caller that
// presents that token; it counts, and never records what a statement said.
const MIN_TOKEN_LENGTH = 32;
const counted = () => processSingleton("statement-count", () => ({ count: 0 }));

function configuredToken(): string | undefined {
  const token = config.benchDiagnosticsToken;
  return token && token.length >= MIN_TOKEN_LENGTH ? token : undefined;
}

/** A drizzle logger that counts statements, or undefined when the counter is off. */
export function statementCounter(): Logger | undefined {
  if (!configuredToken()) return undefined;
  const counter = counted();
  return { logQuery: () => void counter.count++ };
}

/** The count so far, for a caller holding the token; undefined for anyone else or when off. */
export function statementsCounted(presented: string | null): number | undefined {
  const token = configuredToken();
  if (!token || !presented) return undefined;
  const expected = Buffer.from(token);
  const given = Buffer.from(presented);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return counted().count;
}
