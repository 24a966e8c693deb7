import "server-only";
import type { Executor } from "@/db/client";
import { passwordResetTokens } from "@/db/schema";
import { hashSecret, newLinkToken } from "@/lib/identity/secrets";
import type { AccountEmail } from "@/lib/email/send-soon";
import { passwordLinkEmail } from "./account-emails";

/** "Forgot my password" links work for an hour (OWASP: short-lived, single use). */
export const RESET_LINK_MS = 60 * 60_000;

type Holder = { id: string; email: string; locale: string | null };

/**
 * A single-use link that sets the account's password, stored as its hash only. Returns its
 * email, for the caller to send once its transaction is committed (a link is never mailed for a
 * row that might not exist). "welcome" is a new coach's first password.
 */
export async function issuePasswordLink(
  db: Executor,
  user: Holder,
  purpose: "reset" | "welcome",
  lifetimeMs: number,
  now = new Date(),
): Promise<AccountEmail> {
  const token = newLinkToken();
  await db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash: hashSecret(token),
    purpose,
    expiresAt: new Date(now.getTime() + lifetimeMs),
    createdAt: now,
  });
  return passwordLinkEmail(user, token, purpose, lifetimeMs);
}
