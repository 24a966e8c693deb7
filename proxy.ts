import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/server/http/security-headers";

/**
 * Headers only: a nonce-based CSP and the other security headers on every page and API answer,
 * and no-store on pages (they show family data). Authorization is never decided here.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
  });
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  // Only pages read the nonce, the policy and their own path from the request: an API answer
  // needs its response headers alone, and copying the request's headers for Next.js to rewrite
  // the request was most of what this proxy cost an API request.
  const response = isApi
    ? NextResponse.next()
    : NextResponse.next({ request: { headers: pageRequestHeaders(request, nonce, csp) } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(
    staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }),
  )) {
    response.headers.set(name, value);
  }
  if (!isApi) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

function pageRequestHeaders(request: NextRequest, nonce: string, csp: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // Lets a page send the visitor back here after sign-in.
  headers.set("x-clarity-path", request.nextUrl.pathname + request.nextUrl.search);
  return headers;
}

/**
 * Next.js buffers the body of every request that passes through here (10 MB at most, the rest cut
 * off), so routes that read large bodies stay out: a family's documents (uploads of up to 15 MB,
 * and the files they serve with a policy of their own) and the record import (up to 20 MB). Their
 * handlers check the origin and the size themselves and set these same headers (route.ts).
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/families/[^/]+/(?:documents|import)(?:/|$)).*)"],
};
