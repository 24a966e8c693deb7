import "server-only";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { config } from "@/lib/config";
import { readLimitedText } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/respond";
import { assertSameOrigin } from "@/lib/http/origin";
import { toErrorResponse } from "@/lib/http/route";
import { signedOutHeaders } from "./cookies";
import { authOptions, RATE_LIMITED } from "./options";
import { clientAddress, signInBlockedFor } from "./sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth, with what it does not do itself: cross-site refusal, a body limit, a 429 for too
 * many failed sign-ins (counted in Postgres), and Clear-Site-Data on sign-out.
 */
export async function nextAuthHandler(request: NextRequest, context: Context): Promise<Response> {
  const handler = NextAuth(authOptions());
  const action = (await context.params).nextauth.join("/");
  if (request.method !== "POST") return handler(request, context);
  try {
    assertSameOrigin(request.headers, config.appUrl);
    const body = await readLimitedText(request);
    const signingIn = action === "callback/credentials";
    if (signingIn) {
      const retryAfter = await signInBlockedFor(new URLSearchParams(body).get("email") ?? "", clientAddress(request.headers));
      if (retryAfter !== null) return tooManyAttempts(retryAfter);
    }
    // The body was read once (with a limit); next-auth gets a fresh request carrying it.
    const response = await handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
    if (signingIn && (await answersRateLimited(response))) return tooManyAttempts(config.signInWindowMs / 1000);
    if (action === "signout") response.headers.set("Clear-Site-Data", signedOutHeaders().get("clear-site-data")!);
    return response;
  } catch (error) {
    return toErrorResponse(error, `POST /api/auth/${action}`);
  }
}

function tooManyAttempts(retryAfterSeconds: number): Response {
  return errorResponse("rate_limited", undefined, { "Retry-After": String(Math.ceil(retryAfterSeconds)) }, { minutes: Math.ceil(retryAfterSeconds / 60) });
}

/** A concurrent attempt can be refused inside authorize(); next-auth reports it as `?error=…`. */
async function answersRateLimited(response: Response): Promise<boolean> {
  const location = response.headers.get("location") ?? ((await response.clone().json().catch(() => ({}))) as { url?: string }).url;
  if (!location) return false;
  return new URL(location, "http://x").searchParams.get("error") === RATE_LIMITED;
}
