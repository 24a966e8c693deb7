import type { ZodError, z } from "zod";
import { translatorFor } from "@/lib/core/i18n/translator";
import { AppError, RateLimitedError, statusOf, type ErrorCode } from "@/lib/core/errors";

/** API answers carry family data more often than not: none of them is ever cached. */
function withNoStore(init: HeadersInit): Headers {
  const headers = new Headers(init);
  headers.set("Cache-Control", "no-store");
  return headers;
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: withNoStore(headers) });
}

export function noContent(headers: HeadersInit = {}): Response {
  return new Response(null, { status: 204, headers: withNoStore(headers) });
}

function translate(key: string): string {
  const t = translatorFor();
  // zod's own messages (not keys of ours) fall back to a generic one.
  return key.startsWith("validation.") && t.has(key as never) ? t(key as never) : t("validation.invalid");
}

/** Per-field messages from a zod error; unknown fields are named one by one. */
export function fieldsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = translate("validation.unknownField");
      continue;
    }
    const path = issue.path.join(".") || "_";
    fields[path] ??= translate(issue.message);
  }
  return fields;
}

export function errorBody(code: ErrorCode, fields?: Record<string, string>, values?: Record<string, number>) {
  const t = translatorFor();
  return { error: { code, message: t(`errors.${code}`, values), ...(fields ? { fields } : {}) } };
}

export function errorResponse(code: ErrorCode, fields?: Record<string, string>, headers: HeadersInit = {}, values?: Record<string, number>) {
  return json(errorBody(code, fields, values), statusOf[code], headers);
}

export function appErrorResponse(error: AppError): Response {
  if (error instanceof RateLimitedError) return rateLimitedResponse(error.retryAfterSeconds);
  return errorResponse(error.code, error.fields);
}

/** The database is away: answered at once, with a hint to retry shortly. */
export function unavailableResponse(): Response {
  return errorResponse("database_unavailable", undefined, { "Retry-After": "2" });
}

export function rateLimitedResponse(retryAfterSeconds: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return errorResponse("rate_limited", undefined, { "Retry-After": String(seconds) }, { minutes: Math.ceil(seconds / 60) });
}

export function validationError(error: ZodError): AppError {
  return new AppError("validation_failed", fieldsOf(error));
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}


/** A validation failure found past the schema (an id of another family, a date against the stored one). */
export function invalidFields(fields: Record<string, string>): AppError {
  return new AppError("validation_failed", Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, translate(key)])));
}
