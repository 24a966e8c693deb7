import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/core/config";
import { requestClient } from "@/lib/server/http/client-address";
import { signInWithCredentials, signInWithPasskeyResponse } from "@/lib/accounts/sign-in";
import type { SignInResult } from "@/lib/identity/sign-in";
import { isDatabaseUnavailable } from "@/lib/core/database-errors";
import { describeError, log } from "@/lib/core/log";
import { safeRedirectPath } from "@/lib/core/safe-redirect";
import { authSecret } from "./secret";
import { revokeSession } from "@/lib/identity/sessions";

/**
 * What authorize() may report through next-auth, which turns a thrown error into
 * `?error=<message>`: only these fixed codes, never an error's own text (it could hold SQL).
 */
export const SIGN_IN_FAULT = {
  rateLimited: "rate_limited",
  unavailable: "database_unavailable",
  internal: "internal",
  // Not a fault: the password was right and the account has a second step; send `code` too.
  mfaRequired: "mfa_required",
} as const;

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/**
 * A sign-in's outcome as next-auth wants it: the user (with the session id), null for a plain
 * refusal (CredentialsSignin), or a thrown fixed code.
 */
async function authorizeWith(signIn: () => Promise<SignInResult>) {
  let result: SignInResult;
  try {
    result = await signIn();
  } catch (error) {
    // next-auth swallows what authorize() throws: log it here, safely, first.
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) log.warn("database unavailable during sign-in");
    else log.error(`unexpected error during sign-in: ${describeError(error)}`);
    throw new Error(unavailable ? SIGN_IN_FAULT.unavailable : SIGN_IN_FAULT.internal);
  }
  if (result.outcome === "rate_limited") throw new Error(SIGN_IN_FAULT.rateLimited);
  if (result.outcome === "mfa_required") throw new Error(SIGN_IN_FAULT.mfaRequired);
  if (result.outcome !== "ok") return null;
  return { id: result.user.id, email: result.user.email, name: result.user.name, sessionId: result.sessionId };
}

/**
 * next-auth carries a signed, encrypted cookie that names a row in `sessions`; whether that
 * session still counts (idle, absolute, revoked, disabled) is decided in Postgres per request.
 */
export function authOptions(): NextAuthOptions {
  const maxAge = Math.ceil(config.sessionAbsoluteMs / 1000);
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge, updateAge: maxAge },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // next-auth's own logging prints error details (queries, parameters): only the code goes out.
    logger: {
      error: (code) => console.error(`[next-auth] ${code}`),
      warn: (code) => console.warn(`[next-auth] ${code}`),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "email",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Code", type: "text" },
        },
        authorize: (credentials, request) =>
          authorizeWith(() =>
            signInWithCredentials(
              { email: credentials?.email, password: credentials?.password, code: credentials?.code },
              requestClient(request?.headers ?? {}, config.trustedProxyHops),
            ),
          ),
      }),
      // A passkey's answer (WebAuthn, from @simplewebauthn/browser) as JSON: both steps at once.
      CredentialsProvider({
        id: "passkey",
        name: "passkey",
        credentials: { response: { label: "Passkey", type: "text" } },
        authorize: (credentials, request) =>
          authorizeWith(() =>
            signInWithPasskeyResponse(
              credentials?.response,
              requestClient(request?.headers ?? {}, config.trustedProxyHops),
            ),
          ),
      }),
    ],
    callbacks: {
      // next-auth's default throws on a URL it cannot parse (a 500) and follows `//host` as a path.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, baseUrl, "/")}`;
      },
      jwt({ token, user }) {
        // Only the session id is needed; the user is read fresh from the database each time.
        if (user) return { sub: user.id, sid: (user as { sessionId?: string }).sessionId };
        return token;
      },
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid);
      },
    },
  };
}
