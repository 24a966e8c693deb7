/** Errors the app answers on purpose. Anything else is a bug and answers 500 without details. */
export type ErrorCode =
  | "bad_request"
  | "validation_failed"
  | "unprocessable"
  | "unauthenticated"
  | "forbidden"
  | "cross_site"
  | "not_found"
  | "conflict"
  | "email_taken"
  | "invite_invalid"
  | "invite_used"
  | "invite_expired"
  | "invite_revoked"
  | "payload_too_large"
  | "message_too_long"
  | "unsupported_media_type"
  | "rate_limited"
  | "database_unavailable"
  | "pdf_unavailable"
  | "pdf_busy"
  | "wrong_password"
  | "family_pending_deletion"
  | "user_last_parent"
  | "user_has_caseload"
  | "mfa_enrollment_required"
  | "mfa_code_invalid"
  | "mfa_already_enabled"
  | "mfa_not_enabled"
  | "reset_token_invalid"
  | "reset_token_used"
  | "reset_token_expired"
  | "passkey_invalid"
  | "multipart_required"
  | "file_too_large"
  | "family_storage_full"
  | "unsupported_file_type"
  | "internal";

export const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unprocessable: 422,
  unauthenticated: 401,
  forbidden: 403,
  cross_site: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  invite_invalid: 410,
  invite_used: 410,
  invite_expired: 410,
  invite_revoked: 410,
  payload_too_large: 413,
  message_too_long: 422,
  unsupported_media_type: 400,
  wrong_password: 422,
  family_pending_deletion: 409,
  user_last_parent: 409,
  user_has_caseload: 409,
  mfa_enrollment_required: 403,
  mfa_code_invalid: 422,
  mfa_already_enabled: 409,
  mfa_not_enabled: 404,
  reset_token_invalid: 400,
  reset_token_used: 410,
  reset_token_expired: 410,
  passkey_invalid: 422,
  multipart_required: 415,
  file_too_large: 413,
  family_storage_full: 413,
  unsupported_file_type: 415,
  rate_limited: 429,
  database_unavailable: 503,
  pdf_unavailable: 503,
  pdf_busy: 429,
  internal: 500,
};

/**
 * What is wrong with one field, as a message key of the catalogs ("validation.required") or a key
 * with values (which may be keys themselves). The data layer never words a message: the edge
 * translates it into the caller's language (lib/server/http/respond.ts).
 */
export type FieldMessage =
  string | { readonly key: string; readonly values?: Readonly<Record<string, string | number | FieldMessage>> };

export type FieldMessages = Record<string, FieldMessage>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldMessages,
    message?: string,
  ) {
    super(message ?? code);
  }

  get status(): number {
    return statusOf[this.code];
  }
}

/** The caller may not see it, or it does not exist: the answer is the same on purpose. */
export const notFound = () => new AppError("not_found");

/** Too many attempts (or too much asked at once): answered as 429 with Retry-After. */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    code: "rate_limited" | "pdf_busy" = "rate_limited",
  ) {
    super(code);
  }
}
