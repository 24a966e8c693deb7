import "server-only";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { config } from "@/lib/config";
import { MAX_BODY_BYTES, readLimitedText } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/respond";
import { assertSameOrigin } from "@/lib/http/origin";
import { toErrorResponse } from "@/lib/http/route";
import { signedOutHeaders } from "./cookies";
import { authOptions } from "./options";
import { clientAddress, signInBlockedFor } from "./sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth, with what it does not do itself: cross-site refusal, a body limit, a 429 for
 * too many failed sign-ins (counted in Postgres), and Clear-Site-Data on sign-out.
 */
export async function nextAuthHandler(request: NextRequest, context: Context): Promise<Response> {
  const handler = NextAuth(authOptions());
  const action = (await context.params).nextauth.join("/");
  if (request.method !== "POST") return handler(request, context);
  try {
    assertSameOrigin(request.headers, config.appUrl);
    const body = await readLimitedText(request, MAX_BODY_BYTES);
    if (action === "callback/credentials") {
      const email = new URLSearchParams(body).get("email") ?? "";
      const retryAfter = await signInBlockedFor(email, clientAddress(request.headers));
      if (retryAfter !== null) {
        return errorResponse("rate_limited", undefined, { "Retry-After": String(retryAfter) }, { minutes: Math.ceil(retryAfter / 60) });
      }
    }
    // The body was read once (with a limit); next-auth gets a fresh request carrying it.
    const response = await handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
    if (action === "signout") signedOutHeaders().forEach((value, key) => key === "clear-site-data" && response.headers.set(key, value));
    return response;
  } catch (error) {
    return toErrorResponse(error, `POST /api/auth/${action}`);
  }
}
