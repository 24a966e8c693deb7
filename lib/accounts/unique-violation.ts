import { databaseErrorCode } from "@/lib/core/database-errors";

/** Postgres unique_violation (23505), wherever the driver wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  return databaseErrorCode(error) === "23505";
}
