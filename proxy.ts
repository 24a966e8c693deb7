import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

/**
 * Headers only: a nonce-based CSP and the other security headers on every page, and no-store
 * (pages show family data). Authorization is never decided here. API answers do not come through
 * here (see the matcher): their CSP is fixed (next.config.ts) and no-store is set by lib/http.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets a page send the visitor back here after sign-in.
  requestHeaders.set("x-clarity-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }))) {
    response.headers.set(name, value);
  }
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Not /api/: building a nonce and a copy of the request's headers cost about 1 ms of CPU per
  // request, a quarter of what GET /api/v1/me costs in all, for a nonce no JSON answer uses.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
