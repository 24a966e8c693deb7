"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

/** Cancels the scheduled deletion at once: undoing a deletion needs no second thought. */
export function RestoreButton({ familyId }: { familyId: string }) {
  const t = useTranslations("deletion");
  const router = useRouter();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function restore() {
    setBusy(true);
    setError(undefined);
    try {
      await apiFetch(`/api/v1/families/${familyId}/deletion`, { method: "DELETE" });
      router.refresh();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <button type="button" className="btn-primary self-start" onClick={restore} disabled={busy}>
        {busy ? t("restoring") : t("restore")}
      </button>
      <FormAlert message={error} />
    </div>
  );
}
