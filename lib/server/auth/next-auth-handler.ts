import "server-only";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { config } from "@/lib/core/config";
import { readLimitedText } from "@/lib/server/http/body";
import { clientAddress } from "@/lib/server/http/client-address";
import { errorResponse, rateLimitedResponse, unavailableResponse } from "@/lib/server/http/respond";
import { assertSameOrigin } from "@/lib/server/http/origin";
import { toErrorResponse } from "@/lib/server/http/route";
import { signInSchema } from "@/lib/schemas/accounts";
import { unsafeCallbackCookie, urlWithSafeCallbackUrl, withSafeCallbackUrl } from "./callback-url";
import { CLEAR_SITE_DATA } from "./cookies";
import { authOptions, SIGN_IN_FAULT } from "./options";
import { signInBlockedFor } from "@/lib/identity/sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth, with what it does not do itself: cross-site refusal, a body limit, a 429 for too
 * many failed sign-ins (counted in Postgres), a callback URL that stays in the app, clean errors,
 * and Clear-Site-Data on sign-out.
 */
export async function nextAuthHandler(request: NextRequest, context: Context): Promise<Response> {
  const handler = NextAuth(authOptions());
  const action = (await context.params).nextauth.join("/");
  const signingIn = action === "callback/credentials" || action === "callback/passkey";
  const origin = new URL(config.appUrl).origin;
  const url = urlWithSafeCallbackUrl(request.url, origin);
  try {
    const badCookie = unsafeCallbackCookie(request.cookies, origin);
    // Refused, and dropped so that the browser's next try goes through.
    if (badCookie) return errorResponse("bad_request", undefined, { "Set-Cookie": `${badCookie}=; Path=/; Max-Age=0` });
    if (request.method !== "POST") {
      if (signingIn) return errorResponse("not_found");
      return await handler(url === request.url ? request : new NextRequest(url, { headers: request.headers }), context);
    }
    assertSameOrigin(request.headers, config.appUrl);
    const raw = await readLimitedText(request);
    const form = new URLSearchParams(raw);
    const safeForm = withSafeCallbackUrl(form, origin);
    const body = safeForm === form ? raw : safeForm.toString();
    if (action === "callback/credentials") {
      const input = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
      const retryAfter = input.success
        ? await signInBlockedFor(input.data.email, clientAddress(request.headers, config.trustedProxyHops))
        : null;
      if (retryAfter !== null) return rateLimitedResponse(retryAfter);
    }
    // The body was read once (with a limit); next-auth gets a fresh request carrying it.
    const response = await handler(new NextRequest(url, { method: "POST", headers: request.headers, body }), context);
    if (signingIn) {
      const fault = await signInFault(response);
      if (fault === SIGN_IN_FAULT.rateLimited) return rateLimitedResponse(config.signInWindowMs / 1000);
      if (fault === SIGN_IN_FAULT.unavailable) return unavailableResponse();
      if (fault === SIGN_IN_FAULT.internal) return errorResponse("internal");
    }
    if (action === "signout") response.headers.set("Clear-Site-Data", CLEAR_SITE_DATA);
    return response;
  } catch (error) {
    return toErrorResponse(error, `${request.method} /api/auth/${action}`);
  }
}

/**
 * authorize() reports faults as a redirect to next-auth's error page with `?error=<code>` (a plain
 * refusal is CredentialsSignin). Only a refused sign-in is read: a successful one may carry any
 * callback URL the caller chose.
 */
async function signInFault(response: Response): Promise<string | null> {
  if (response.status !== 401 && !(response.headers.get("location") ?? "").includes("/api/auth/error")) return null;
  const location =
    response.headers.get("location") ??
    (
      (await response
        .clone()
        .json()
        .catch(() => ({}))) as { url?: string }
    ).url;
  if (!location) return null;
  const url = new URL(location, "http://x");
  return url.pathname.endsWith("/api/auth/error") || url.pathname.endsWith("/sign-in")
    ? url.searchParams.get("error")
    : null;
}
