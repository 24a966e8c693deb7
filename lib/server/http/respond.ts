import { translatorFor } from "@/lib/core/i18n/translator";
import { AppError, RateLimitedError, statusOf, type ErrorCode, type FieldMessages } from "@/lib/core/errors";
import { fieldWords } from "@/lib/core/i18n/field-words";

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

/** Taken on, with nothing to show yet (an email that leaves once this answer has gone). */
export function accepted(): Response {
  return new Response(null, { status: 202, headers: withNoStore({}) });
}

/** The documented error shape, worded in the caller's language: the data layer gives keys only. */
function errorBody(code: ErrorCode, fields?: FieldMessages, values?: Record<string, number>) {
  const t = translatorFor();
  return { error: { code, message: t(`errors.${code}`, values), ...(fields ? { fields: fieldWords(fields) } : {}) } };
}

export function errorResponse(
  code: ErrorCode,
  fields?: FieldMessages,
  headers: HeadersInit = {},
  values?: Record<string, number>,
) {
  return json(errorBody(code, fields, values), statusOf[code], headers);
}

export function appErrorResponse(error: AppError): Response {
  if (error instanceof RateLimitedError) return rateLimitedResponse(error.retryAfterSeconds, error.code);
  return errorResponse(error.code, error.fields);
}

/** The database is away: answered at once, with a hint to retry shortly. */
export function unavailableResponse(): Response {
  return errorResponse("database_unavailable", undefined, { "Retry-After": "2" });
}

export function rateLimitedResponse(retryAfterSeconds: number, code: ErrorCode = "rate_limited"): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return errorResponse(code, undefined, { "Retry-After": String(seconds) }, { minutes: Math.ceil(seconds / 60) });
}
