import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { authSecret } from "./secret";
import { revokeSession } from "./sessions";
import { clientAddress, signInWithPassword } from "./sign-in";

export const RATE_LIMITED = "rate_limited";

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
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
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const result = await signInWithPassword(
            { email: credentials?.email, password: credentials?.password },
            clientAddress(request?.headers ?? {}),
          );
          // next-auth turns a thrown error into `?error=<message>`; the route turns that into a 429.
          if (result.outcome === "rate_limited") throw new Error(RATE_LIMITED);
          if (result.outcome !== "ok") return null;
          return { id: result.user.id, email: result.user.email, name: result.user.name, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
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
