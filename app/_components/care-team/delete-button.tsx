"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

/** `label` is the button's word; `accessibleName` says what it removes when many such buttons share a page. */
type Props = { path: string; then?: string; label: string; accessibleName?: string; confirmTitle: string; confirmBody: string; compact?: boolean };

/** Deletes after an explicit confirmation that says what will go; then refreshes or moves on. */
export function DeleteButton({ path, then, label, accessibleName, confirmTitle, confirmBody, compact }: Props) {
  const t = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await apiFetch(path, { method: "DELETE" });
      if (then) router.push(then);
      router.refresh();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <AlertDialog.Root>
        <AlertDialog.Trigger
          aria-label={accessibleName}
          className={compact ? "text-sm font-semibold text-red-800 underline underline-offset-4" : "btn border border-red-300 bg-white text-red-800 hover:bg-red-50"}>
          {label}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
          <AlertDialog.Content className="fixed inset-x-4 top-[15vh] z-50 mx-auto max-w-md rounded-lg bg-white p-6 shadow-xl focus:outline-none">
            <AlertDialog.Title className="text-lg font-bold">{confirmTitle}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-stone-700">{confirmBody}</AlertDialog.Description>
            <div className="mt-6 flex flex-wrap justify-end gap-3">
              <AlertDialog.Cancel className="btn-secondary">{t("cancel")}</AlertDialog.Cancel>
              <AlertDialog.Action className="btn bg-red-800 text-white hover:bg-red-900" disabled={busy} onClick={confirm}>
                {label}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <FormAlert message={error} />
    </div>
  );
}
