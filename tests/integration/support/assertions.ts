import { type SQL } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "@/db/client";
import { AppError, type ErrorCode } from "@/lib/core/errors";

/** Rows of a raw query: postgres.js answers an array, PGlite `{ rows }`. */
export async function rowsOf<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}

/** What a promise rejected with (fails the test when it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  let outcome: { resolved: true; value: unknown } | { resolved: false; error: unknown };
  try {
    outcome = { resolved: true, value: await promise };
  } catch (error) {
    outcome = { resolved: false, error };
  }
  if (outcome.resolved) expect.fail(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/** The promise rejects with an AppError of exactly this code. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Every message along an error's cause chain (drivers and drizzle wrap database errors). */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(" <- ");
}

let sequence = 0;

/** An email no other test in this process uses. */
export function uniqueEmail(label: string): string {
  sequence += 1;
  return `${label}-${sequence}-${Date.now().toString(36)}@it.clarity.test`;
}

/** An address (as the sign-in rate limit sees it) no other test in this process uses. */
export function uniqueAddress(): string {
  sequence += 1;
  return `10.0.${Math.floor(sequence / 250)}.${(sequence % 250) + 1}`;
}
