import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** Rows of a raw query on either driver: postgres.js answers an array, PGlite `{ rows }`. */
export async function rowsOf<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
