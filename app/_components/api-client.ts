"use client";

import { safeRedirectPath } from "@/lib/core/safe-redirect";
import { randomUuid } from "./random-uuid";

/** An error answer of the Clarity API, in the error shape of docs/architecture.md (rule 5). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; fields?: Record<string, string> };
    };
    if (body.error?.code)
      return new ApiError(response.status, body.error.code, body.error.message ?? body.error.code, body.error.fields);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, response.status >= 500 ? "internal" : "bad_request", response.statusText);
}

/**
 * One Idempotency-Key per change the person is making: sending the very same change again after a
 * failure (a 503, a lost connection) reuses its key, so the server does it at most once even when
 * the first attempt landed unseen; once it succeeded, the same change sent again is a new one.
 */
const pendingKeys = new Map<string, string>();

/** Calls the JSON API; network failures become an ApiError with code "network". */
export async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; background?: boolean } = {},
): Promise<T> {
  let response: Response;
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const change = method === "GET" ? null : `${method} ${path} ${JSON.stringify(init.body ?? null)}`;
  if (change) {
    if (!pendingKeys.has(change)) pendingKeys.set(change, randomUuid());
    headers["Idempotency-Key"] = pendingKeys.get(change)!;
  }
  // Requests the page makes on its own (polling, read receipts) do not keep an idle session alive.
  if (init.background) headers["X-Clarity-Background"] = "1";
  // Error messages come back in the page's language, whatever the browser's own settings say.
  if (document.documentElement.lang) headers["Accept-Language"] = document.documentElement.lang;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  // A change that got an answer is settled: only a failure the server may not have seen keeps its key.
  if (change && response.status < 500) pendingKeys.delete(change);
  if (!response.ok) throw await toApiError(response);
  // 204 and 202 (taken on, an email leaves after the answer) come without a body.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function csrfToken(): Promise<string> {
  const { csrfToken } = await apiFetch<{ csrfToken: string }>("/api/auth/csrf");
  return csrfToken;
}

async function postAuthForm(action: string, fields: Record<string, string>): Promise<{ url?: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/auth/${action}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  // next-auth answers a refused sign-in with 401 and `{ url: "…?error=…" }`: an answer, not a fault.
  if (response.status === 401) return (await response.json().catch(() => ({}))) as { url?: string };
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as { url?: string };
}

/** Signs in with next-auth's credentials provider; false when the email or password is wrong. */
export async function signIn(email: string, password: string): Promise<boolean> {
  return (await signInWith("credentials", { email, password })).ok;
}

/**
 * A next-auth sign-in: "credentials" (email, password and, for a second step, code) or "passkey"
 * (the browser's answer as JSON). A refusal names why: CredentialsSignin, or mfa_required when the
 * password was right and the account wants its code.
 */
export async function signInWith(
  provider: "credentials" | "passkey",
  fields: Record<string, string>,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const { url } = await postAuthForm(`callback/${provider}`, { ...fields, callbackUrl: "/" });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "CredentialsSignin";
  return error ? { ok: false, error } : { ok: true };
}

export async function signOut(): Promise<void> {
  await postAuthForm("signout", { callbackUrl: "/sign-in" });
}

/**
 * Where to go after sign-in: the `callbackUrl` when it is a path of this app, else "/" (which sends
 * each person to their own home). The rule is the server's own (lib/core/safe-redirect.ts).
 */
export function safeCallbackPath(value: string | null | undefined, origin = window.location.origin): string {
  return safeRedirectPath(value, origin, "/");
}
