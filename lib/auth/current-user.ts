import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { AppError } from "@/lib/http/errors";
import type { Actor, Role } from "./actor";
import { authSecret } from "./secret";
import { resolveSession, type ResolveOptions } from "./sessions";

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The signed-in user for this request, or null. Checked in Postgres every time. */
export async function currentActor(options: ResolveOptions = {}): Promise<Actor | null> {
  const jar = await cookies();
  const raw = COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  let sessionId: string | undefined;
  try {
    sessionId = (await decode({ token: raw, secret: authSecret() }))?.sid;
  } catch {
    return null;
  }
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  return resolveSession(sessionId, options);
}

export async function requireActor(options: ResolveOptions & { roles?: Role[] } = {}): Promise<Actor> {
  const actor = await currentActor(options);
  if (!actor) throw new AppError("unauthenticated");
  if (options.roles && !options.roles.includes(actor.role)) throw new AppError("forbidden");
  return actor;
}

/** For server-rendered pages: one session check per render, however many components ask. */
export const actorForRender = cache(() => currentActor());
