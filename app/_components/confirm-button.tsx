"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "./api-client";
import type { ConfirmDialogProps } from "./confirm-dialog";
import { lazyDialog } from "./lazy-dialog";
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

const ConfirmDialog = lazyDialog<ConfirmDialogProps>(() => import("./confirm-dialog"));

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

  const triggerClass = compact
    ? `text-sm font-semibold underline underline-offset-4 ${tone === "danger" ? "text-red-800" : "text-brand-800"}`
    : tone === "danger"
      ? "btn-danger-outline"
      : "btn-secondary";
  return (
    <div className="flex flex-col gap-2">
      <ConfirmDialog
        title={confirmTitle}
        body={confirmBody}
        confirmLabel={confirmLabel}
        tone={tone}
        onConfirm={() => void confirm()}
        trigger={{ label: busy ? workingLabel : label, accessibleName, className: triggerClass, disabled: busy }}
      />
      <FormAlert message={error} />
      <FormAlert tone="success" message={done ? doneMessage : undefined} />
    </div>
  );
}
