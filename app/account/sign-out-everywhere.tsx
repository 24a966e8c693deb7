"use client";

import { useTranslations } from "next-intl";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

export function SignOutEverywhere() {
  const t = useTranslations("account");
  const navigate = useFreshNavigation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error} />
      <button
        type="button"
        className="btn-secondary self-start"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await apiFetch("/api/v1/sessions/revoke", { method: "POST", body: {} });
            navigate("/sign-in");
          } catch (caught) {
            setError(errorText(caught));
            setBusy(false);
          }
        }}
      >
        {t("signOutEverywhere")}
      </button>
    </div>
  );
}
