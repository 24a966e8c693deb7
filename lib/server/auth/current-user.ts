import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { AppError } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import type { Actor } from "@/lib/identity/actor";
import { SESSION_COOKIES } from "./cookies";
import { authSecret } from "./secret";
import { resolveSession, type ResolveOptions } from "@/lib/identity/sessions";

/** The signed-in user for this request, or null. Checked in Postgres every time. */
export async function currentActor(options: ResolveOptions = {}): Promise<Actor | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  let sessionId: string | undefined;
  try {
    sessionId = (await decode({ token: raw, secret: authSecret() }))?.sid;
  } catch {
    return null;
  }
  if (!sessionId || !isId(sessionId)) return null;
  return resolveSession(sessionId, options);
}

type RequireOptions = ResolveOptions & {
  /**
   * The route sets up a second sign-in step (or signs out): a session that must set one up first
   * may use it. Every other route refuses such a session with 403 mfa_enrollment_required.
   */
  enrolling?: boolean;
};

/** For route handlers: the signed-in actor, or a 401. What the actor may do is the data layer's call. */
export async function requireActor(options: RequireOptions = {}): Promise<Actor> {
  const actor = await currentActor(options);
  if (!actor) throw new AppError("unauthenticated");
  if (actor.mustEnroll && !options.enrolling) throw new AppError("mfa_enrollment_required");
  return actor;
}
