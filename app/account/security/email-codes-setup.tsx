"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";
import { CodeForm } from "./code-form";

/** Codes by email: one code to prove the address, then one at every sign-in. */
export function EmailCodesSetup({ email }: { email: string }) {
  const t = useTranslations("security");
  const router = useRouter();
  const errorText = useErrorText();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    setError(undefined);
    try {
      await apiFetch("/api/v1/me/mfa/email", { body: {} });
      setSent(true);
    } catch (caught) {
      setError(errorText(caught));
    }
    setBusy(false);
  }

  if (!sent)
    return (
      <div className="flex flex-col gap-2">
        <FormAlert message={error} />
        <button type="button" className="btn-secondary self-start" onClick={send} disabled={busy}>
          {t("emailStart")}
        </button>
      </div>
    );
  return (
    <div className="flex flex-col gap-3 rounded-md border border-stone-200 p-4">
      <p role="status" className="text-sm break-words text-stone-800">
        {t("emailSent", { email })}
      </p>
      <CodeForm
        id="email-code"
        label={t("emailCode")}
        submitLabel={t("emailConfirm")}
        onCancel={() => setSent(false)}
        onCode={async (code) => {
          await apiFetch("/api/v1/me/mfa/email/confirm", { body: { code } });
          setSent(false);
          router.refresh();
        }}
      />
    </div>
  );
}
