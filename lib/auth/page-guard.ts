import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/http/errors";
import type { Actor, Role } from "./actor";
import { actorForRender } from "./current-user";

/** For pages: the signed-in actor, or a redirect to sign-in that comes back here afterwards. */
export async function actorForPage(roles?: Role[]): Promise<Actor> {
  const actor = await actorForRender();
  if (!actor) {
    const path = (await headers()).get("x-clarity-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (roles && !roles.includes(actor.role)) notFound();
  return actor;
}

/** Data-access 404s become the page's 404; anything else is a real error. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
