"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionButton } from "@/app/_components/action-button";
import { apiFetch } from "@/app/_components/api-client";
import { CodeForm } from "./code-form";

/** Codes by email: one code to prove the address, then one at every sign-in. */
export function EmailCodesSetup({ email }: { email: string }) {
  const t = useTranslations("security");
  const router = useRouter();
  const [sent, setSent] = useState(false);

  if (!sent)
    return (
      <ActionButton
        label={t("emailStart")}
        onAction={async () => {
          await apiFetch("/api/v1/me/mfa/email", { body: {} });
          setSent(true);
        }}
      />
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
