import { createHash } from "node:crypto";
import { AppError } from "@/lib/core/errors";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** What a write sent with an Idempotency-Key is known by: the key, and what was asked with it. */
export type IdempotentRequest = { key: string; fingerprint: string };

// Visible ASCII, as the header's draft standard expects of a key; a UUID fits with room to spare.
const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/u;

/**
 * The request's Idempotency-Key, or null when it sent none (the write then happens as asked each
 * time). The fingerprint binds the key to this method, path and (validated) body, so the same key
 * sent with another change is refused instead of answered with the first change's result.
 */
export function idempotencyOf(request: Request, input: unknown = null): IdempotentRequest | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_PATTERN.test(key))
    throw new AppError("validation_failed", { [IDEMPOTENCY_HEADER]: "validation.idempotencyKey" });
  const fingerprint = createHash("sha256")
    .update(`${request.method} ${new URL(request.url).pathname}\n${JSON.stringify(input)}`)
    .digest("base64url");
  return { key, fingerprint };
}
