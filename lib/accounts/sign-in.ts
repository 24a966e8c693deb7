import "server-only";
import type { Client } from "@/lib/identity/client";
import { signInWithPasskey } from "@/lib/identity/passkey-sign-in";
import { signInWithPassword, type SignInResult } from "@/lib/identity/sign-in";
import { sendSoon } from "@/lib/email/send-soon";
import { noticeEmail } from "./account-emails";
import { sendSignInCode } from "./two-step";

/**
 * next-auth's credentials sign-in: the identity checks, then what is mailed about them (the code
 * for an account with email codes; a note to the owner when a new browser signed in).
 */
export async function signInWithCredentials(
  input: { email: unknown; password: unknown; code?: unknown },
  client: Client,
  now = new Date(),
): Promise<SignInResult> {
  const result = await signInWithPassword(input, client, now);
  if (result.outcome === "mfa_required" && result.emailCode) await sendSignInCode(result.userId, now);
  return afterSignIn(result, client);
}

/** next-auth's passkey sign-in. */
export async function signInWithPasskeyResponse(response: unknown, client: Client, now = new Date()) {
  return afterSignIn(await signInWithPasskey(response, client, now), client);
}

function afterSignIn(result: SignInResult, client: Client): SignInResult {
  if (result.outcome === "ok" && result.newDevice) sendSoon(noticeEmail(result.user, "new-device", client.userAgent));
  return result;
}
