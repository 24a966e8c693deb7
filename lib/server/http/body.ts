import type { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { parseWith } from "@/lib/core/validation";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth";

export const MAX_BODY_BYTES = 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/** 413, saying the limit that was passed (in MB, as the README states them). */
export function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", {
    _: { key: "validation.bodyTooLarge", values: { megabytes: Math.round(limit / MEGABYTE) } },
  });
}

/** Reads at most `limit` bytes; a larger body is refused as soon as it is seen, never read whole. */
export async function readLimitedText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** JSON body → validated input. Only `application/json` is read (a text/plain body is a CSRF shape). */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return readJsonWithin(request, schema, MAX_BODY_BYTES);
}

/**
 * The same with another size limit (a whole family's record is larger than a form), and
 * `beforeSchema` for checks on the parsed value that answer otherwise than the schema would (the
 * import's record counts answer 413).
 */
export async function readJsonWithin<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit: number,
  beforeSchema?: (data: unknown) => void,
): Promise<z.infer<S>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupported_media_type");
  const text = await readLimitedText(request, limit);
  if (nestsDeeperThan(text))
    throw new AppError("bad_request", { _: { key: "validation.tooDeep", values: { levels: MAX_JSON_DEPTH } } });
  let data: unknown;
  try {
    data = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_request");
  }
  beforeSchema?.(data);
  return parseWith(schema, data);
}
