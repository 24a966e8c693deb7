"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { useErrorText } from "./use-error-text";

type Props = {
  path: string;
  method: "POST" | "DELETE";
  label: string;
  accessibleName?: string;
  confirmTitle: string;
  confirmBody: string;
  confirmLabel: string;
  workingLabel: string;
  tone?: "danger" | "neutral";
  /** Where to go afterwards (a deleted record's page no longer exists); else the page refreshes. */
  then?: string;
  /** A text-sized trigger, for lists of many such buttons. */
  compact?: boolean;
  /** Said once it worked, when the page itself shows no change (an email was sent). */
  doneMessage?: string;
};

/** A change that deserves a second thought: asks first, then calls the API and refreshes the page. */
export function ConfirmButton({
  path,
  method,
  label,
  accessibleName,
  confirmTitle,
  confirmBody,
  confirmLabel,
  workingLabel,
  tone = "neutral",
  then,
  compact,
  doneMessage,
}: Props) {
  const t = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await apiFetch(path, { method });
      setDone(true);
      if (then) router.push(then);
      router.refresh();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  const actionClass = tone === "danger" ? "btn bg-red-800 text-white hover:bg-red-900" : "btn-primary";
  const triggerClass = compact
    ? `text-sm font-semibold underline underline-offset-4 ${tone === "danger" ? "text-red-800" : "text-brand-800"}`
    : tone === "danger"
      ? "btn border border-red-300 bg-white text-red-800 hover:bg-red-50"
      : "btn-secondary";
  return (
    <div className="flex flex-col gap-2">
      <AlertDialog.Root>
        <AlertDialog.Trigger aria-label={accessibleName} className={triggerClass} disabled={busy}>
          {busy ? workingLabel : label}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
          <AlertDialog.Content className="fixed inset-x-4 top-[15vh] z-50 mx-auto max-w-md rounded-lg bg-white p-6 shadow-xl focus:outline-none">
            <AlertDialog.Title className="text-lg font-bold">{confirmTitle}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-stone-700">{confirmBody}</AlertDialog.Description>
            <div className="mt-6 flex flex-wrap justify-end gap-3">
              <AlertDialog.Cancel className="btn-secondary">{t("cancel")}</AlertDialog.Cancel>
              <AlertDialog.Action className={actionClass} onClick={confirm}>
                {confirmLabel}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <FormAlert message={error} />
      <FormAlert tone="success" message={done ? doneMessage : undefined} />
    </div>
  );
}
