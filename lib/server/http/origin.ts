import { AppError } from "@/lib/core/errors";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutating(method: string): boolean {
  return MUTATING.has(method.toUpperCase());
}

/**
 * Refuses requests a browser sent on behalf of another site: a foreign or `null` Origin, or
 * `Sec-Fetch-Site: cross-site`. Same-origin means the Origin's host is the host the request was
 * addressed to (or the configured app URL). Clients that send no Origin (curl, servers) pass.
 */
export function assertSameOrigin(headers: Headers, appUrl?: string): void {
  if (headers.get("sec-fetch-site") === "cross-site") throw new AppError("cross_site");
  const origin = headers.get("origin");
  if (origin === null) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("cross_site"); // includes the literal "null"
  }
  const allowed = new Set<string>();
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) allowed.add(host.split(",")[0]!.trim());
  if (appUrl) allowed.add(new URL(appUrl).host);
  if (!allowed.has(originHost)) throw new AppError("cross_site");
}
