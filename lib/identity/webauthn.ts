import "server-only";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { webauthnChallenges } from "@/db/schema";
import { config } from "@/lib/core/config";
import { hashSecret } from "./secrets";

/** The site passkeys belong to: the app's public URL (NEXTAUTH_URL), never the request's Host. */
export function relyingParty(): { id: string; name: string; origin: string } {
  const url = new URL(config.appUrl);
  return { id: url.hostname, name: "Clarity", origin: url.origin };
}

/** A ceremony has five minutes to come back (the browser's own prompt times out sooner). */
const CHALLENGE_MS = 5 * 60_000;

export async function saveChallenge(
  db: Executor,
  challenge: string,
  purpose: "register" | "sign-in",
  userId: string | null,
  now: Date,
): Promise<void> {
  // Abandoned ceremonies are swept as new ones start, so the table holds only live ones.
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  await db.insert(webauthnChallenges).values({
    challengeHash: hashSecret(challenge),
    purpose,
    userId,
    expiresAt: new Date(now.getTime() + CHALLENGE_MS),
  });
}

/**
 * True once for a challenge this server issued for this purpose (and user), still fresh: it is
 * deleted as it is checked, so an answer cannot be replayed.
 */
export async function spendChallenge(
  db: Executor,
  challenge: string,
  purpose: "register" | "sign-in",
  userId: string | null,
  now: Date,
): Promise<boolean> {
  const spent = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challengeHash, hashSecret(challenge)),
        eq(webauthnChallenges.purpose, purpose),
        gt(webauthnChallenges.expiresAt, now),
      ),
    )
    .returning({ userId: webauthnChallenges.userId });
  return spent.length === 1 && spent[0]!.userId === userId;
}
