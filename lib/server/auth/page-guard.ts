import "server-only";
import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { config } from "@/lib/core/config";
import { isDatabaseUnavailable } from "@/lib/core/database-errors";
import { AppError } from "@/lib/core/errors";
import { describeError } from "@/lib/core/log";
import { safeRedirectPath } from "@/lib/core/safe-redirect";
import type { Actor, Role } from "@/lib/identity/actor";
import { shareReadChecksFor } from "@/lib/identity/family-access";
import { currentActor } from "./current-user";

/**
 * Every data-access call a page makes goes through here. A 404 from the data layer becomes the
 * page's 404; any other failure reaches Next.js as a clean error, because Next.js logs what a
 * page throws and query errors carry their SQL parameters.
 */
export async function pageData<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    unstable_rethrow(error); // Next.js's own signals (dynamic rendering, redirects) pass untouched
    if (error instanceof AppError) {
      if (error.code === "not_found") notFound();
      throw error;
    }
    if (isDatabaseUnavailable(error)) throw new AppError("database_unavailable");
    throw new Error(`page data failed: ${describeError(error)}`);
  }
}

/** For server-rendered pages: one session check per render, however many components ask. */
export const actorForRender = cache(async () => {
  const actor = await pageData(currentActor());
  if (actor) shareReadChecksFor(actor);
  return actor;
});

/**
 * For pages: the signed-in actor, or a redirect to sign-in that comes back here afterwards. A
 * session that must first set up a second step is sent to the account page, the one page that
 * does it (`enrolling`).
 */
export async function actorForPage(roles?: Role[], options: { enrolling?: boolean } = {}): Promise<Actor> {
  const actor = await actorForRender();
  if (!actor) {
    const path = safeRedirectPath((await headers()).get("x-clarity-path"), config.appUrl, "/");
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (actor.mustEnroll && !options.enrolling) redirect("/account");
  if (roles && !roles.includes(actor.role)) notFound();
  return actor;
}
