import "server-only";
import { config } from "@/lib/core/config";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

/**
 * The proxy's security headers, set by the route itself where the response has none of its own.
 * Routes that read large bodies (uploads, the record import) and serve files are outside the
 * proxy's matcher (Next.js would buffer their bodies there), so they must not depend on it; for
 * the others this is the same policy the proxy sets again.
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = response.headers;
  if (!headers.has("content-security-policy")) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    headers.set(
      "Content-Security-Policy",
      contentSecurityPolicy(nonce, { dev: config.development, https: config.appUrl.startsWith("https:") }),
    );
  }
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production: config.production }))) {
    if (!headers.has(name)) headers.set(name, value);
  }
  if (!headers.has("cache-control")) headers.set("Cache-Control", "no-store");
  return response;
}
