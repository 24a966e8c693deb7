"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch, signInWith } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";

/**
 * Signs in with a passkey: the browser's own prompt picks the account (no email typed), and the
 * passkey counts as both steps. The WebAuthn helper loads only when the button is pressed.
 */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("signIn");
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string>();

  async function signIn() {
    setBusy(true);
    setAlert(undefined);
    try {
      const { browserSupportsWebAuthn, startAuthentication } = await import("@simplewebauthn/browser");
      if (!browserSupportsWebAuthn()) {
        setAlert(t("passkeyUnsupported"));
        return;
      }
      const { options } = await apiFetch<{ options: Parameters<typeof startAuthentication>[0]["optionsJSON"] }>(
        "/api/v1/passkeys/sign-in-options",
        { body: {} },
      );
      const response = await startAuthentication({ optionsJSON: options });
      const result = await signInWith("passkey", { response: JSON.stringify(response) });
      if (result.ok) return onSignedIn();
      setAlert(t("passkeyFailed"));
    } catch {
      // Cancelled in the browser's prompt, no passkey for this site, or the network: try again.
      setAlert(t("passkeyFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <button type="button" className="btn-secondary" onClick={signIn} disabled={busy}>
        {busy ? t("passkeyWorking") : t("passkey")}
      </button>
    </div>
  );
}
