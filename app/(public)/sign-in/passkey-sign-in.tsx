"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/app/_components/action-button";
import { apiFetch, signInWith } from "@/app/_components/api-client";
import { WordedError } from "@/app/_components/use-error-text";

/**
 * Signs in with a passkey: the browser's own prompt picks the account (no email typed), and the
 * passkey counts as both steps. The WebAuthn helper loads only when the button is pressed.
 */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("signIn");

  async function signIn() {
    const { browserSupportsWebAuthn, startAuthentication } = await import("@simplewebauthn/browser");
    if (!browserSupportsWebAuthn()) throw new WordedError(t("passkeyUnsupported"));
    let signedIn = false;
    try {
      const { options } = await apiFetch<{ options: Parameters<typeof startAuthentication>[0]["optionsJSON"] }>(
        "/api/v1/passkeys/sign-in-options",
        { body: {} },
      );
      const response = await startAuthentication({ optionsJSON: options });
      signedIn = (await signInWith("passkey", { response: JSON.stringify(response) })).ok;
    } catch {
      // Cancelled in the browser's prompt, no passkey for this site, or the network: try again.
    }
    if (!signedIn) throw new WordedError(t("passkeyFailed"));
    onSignedIn();
  }

  return (
    <ActionButton onAction={signIn} label={t("passkey")} workingLabel={t("passkeyWorking")} className="btn-secondary" />
  );
}
