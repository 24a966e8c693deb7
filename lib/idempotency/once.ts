import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { idempotentWrites } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { AppError } from "@/lib/core/errors";
import { IDEMPOTENCY_HEADER, type IdempotentRequest } from "./request-key";

/**
 * Does a write once per Idempotency-Key, inside the caller's transaction: the first attempt's
 * answer is stored with the write itself (both commit or neither does), and a retry with the same
 * key finds it and gets that answer without changing anything again. A per-key lock makes a retry
 * racing its own first attempt wait for it. `work` must answer plain JSON data (a DTO).
 */
export async function once<T>(
  tx: Executor,
  actor: Pick<Actor, "id">,
  familyId: string,
  request: IdempotentRequest | null,
  work: () => Promise<T>,
): Promise<T> {
  if (!request) return work();
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`idempotency:${actor.id}:${request.key}`}))`);
  const [stored] = await tx
    .select({
      fingerprint: idempotentWrites.fingerprint,
      familyId: idempotentWrites.familyId,
      answer: idempotentWrites.answer,
    })
    .from(idempotentWrites)
    .where(and(eq(idempotentWrites.userId, actor.id), eq(idempotentWrites.key, request.key)));
  if (stored) {
    if (stored.fingerprint !== request.fingerprint || stored.familyId !== familyId) {
      throw new AppError("unprocessable", { [IDEMPOTENCY_HEADER]: "validation.idempotencyKeyReused" });
    }
    return stored.answer as T;
  }
  const answer = await work();
  await tx
    .insert(idempotentWrites)
    .values({ userId: actor.id, key: request.key, familyId, fingerprint: request.fingerprint, answer: answer ?? null });
  return answer;
}
