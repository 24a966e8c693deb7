import "server-only";
import { generateAuthenticationOptions, verifyAuthenticationResponse } from "@simplewebauthn/server";
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { passkeys, users } from "@/db/schema";
import { isLocale } from "@/lib/core/i18n/locales";
import { recordAudit } from "./audit";
import type { Client } from "./client";
import { recordSecurityEvent } from "./security-events";
import { markAttemptSucceeded, reserveAttempt, startSignedInSession, type SignInResult } from "./sign-in";
import { relyingParty, saveChallenge, spendChallenge } from "./webauthn";

/**
 * What the browser needs to ask for any passkey of this site (discoverable credentials: the
 * person picks their account in the browser's own prompt, nobody types an email).
 */
export async function passkeySignInOptions(now = new Date()): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, userVerification: "preferred" });
  await saveChallenge(await getDb(), options.challenge, "sign-in", null, now);
  return options;
}

/**
 * Signs in with a passkey's answer: the passkey is both steps at once (something held, unlocked
 * on the device). Failures count against the passkey and the address like wrong passwords.
 */
export async function signInWithPasskey(
  responseJson: unknown,
  client: Client,
  now = new Date(),
): Promise<SignInResult> {
  const response = parseResponse(responseJson);
  if (!response) return { outcome: "invalid" };
  const reservation = await reserveAttempt(`passkey:${response.id}`.slice(0, 300), client.address);
  if ("retryAfterSeconds" in reservation)
    return { outcome: "rate_limited", retryAfterSeconds: reservation.retryAfterSeconds };
  const db = await getDb();
  const [found] = await db
    .select({ passkey: passkeys, user: users })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.credentialId, response.id));
  const party = relyingParty();
  let verified = false;
  let newCounter = 0;
  if (found && !found.user.disabled && !found.user.deletedAt) {
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: (challenge) => spendChallenge(db, challenge, "sign-in", null, now),
        expectedOrigin: party.origin,
        expectedRPID: party.id,
        credential: {
          id: found.passkey.credentialId,
          publicKey: Buffer.from(found.passkey.publicKey, "base64url"),
          counter: found.passkey.counter,
          transports: found.passkey.transports,
        },
        requireUserVerification: false,
      });
      verified = result.verified;
      newCounter = result.authenticationInfo.newCounter;
    } catch {
      verified = false; // a forged, replayed or malformed answer is a failed sign-in, not a fault
    }
  }
  if (!verified || !found) {
    await recordAudit(db, { actorId: found?.user.id ?? null, action: "auth.sign_in", outcome: "failed" });
    if (found) await recordSecurityEvent(db, found.user.id, "sign-in-failed", client, now);
    return { outcome: "invalid" };
  }
  const { user } = found;
  const started = await db.transaction(async (tx) => {
    await markAttemptSucceeded(tx, reservation.attemptId);
    await tx.update(passkeys).set({ counter: newCounter, lastUsedAt: now }).where(eq(passkeys.id, found.passkey.id));
    return startSignedInSession(tx, user, client, now, "passkey");
  });
  return {
    outcome: "ok",
    user: { id: user.id, email: user.email, name: user.name, locale: isLocale(user.locale) ? user.locale : null },
    sessionId: started.sessionId,
    newDevice: started.newDevice,
    usedRecoveryCode: false,
  };
}

/** The browser's answer as JSON (a string from a form field, or already parsed); null when it is not one. */
function parseResponse(value: unknown): AuthenticationResponseJSON | null {
  let data: unknown = value;
  if (typeof value === "string") {
    if (value.length > 20_000) return null;
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const candidate = data as Partial<AuthenticationResponseJSON> | null;
  if (
    !candidate ||
    typeof candidate.id !== "string" ||
    candidate.id.length === 0 ||
    typeof candidate.rawId !== "string" ||
    candidate.type !== "public-key" ||
    typeof candidate.response !== "object" ||
    candidate.response === null ||
    typeof candidate.response.clientDataJSON !== "string" ||
    typeof candidate.response.authenticatorData !== "string" ||
    typeof candidate.response.signature !== "string"
  )
    return null;
  return candidate as AuthenticationResponseJSON;
}
