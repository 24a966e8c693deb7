import type { Actor } from "@/lib/identity/actor";
import { AppError } from "@/lib/core/errors";

/**
 * Stands in for lib/server/auth/current-user in tests that call route handlers: the handlers run as in
 * the app, and only "who is signed in" is decided by the test (sessions have tests of their own).
 * Use: `vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"))`, then set
 * `signedIn.actor`.
 */
export const signedIn: { actor: Actor | null } = { actor: null };

export async function currentActor(): Promise<Actor | null> {
  return signedIn.actor;
}

export async function requireActor(): Promise<Actor> {
  if (!signedIn.actor) throw new AppError("unauthenticated");
  return signedIn.actor;
}
