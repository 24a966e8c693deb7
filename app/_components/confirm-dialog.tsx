"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { focusBack } from "./dialog-panel";
import type { DialogBodyProps } from "./lazy-dialog";

export type ConfirmDialogProps = {
  title: string;
  body: string;
  confirmLabel: string;
  tone: "danger" | "neutral";
  onConfirm: () => void;
};

/** The second thought before a change: Radix's alert dialog (focus held inside, Escape cancels). */
export default function ConfirmDialog({
  title,
  body,
  confirmLabel,
  tone,
  onConfirm,
  ...dialog
}: ConfirmDialogProps & DialogBodyProps) {
  const t = useTranslations("common");
  const actionClass = tone === "danger" ? "btn-danger" : "btn-primary";
  return (
    <AlertDialog.Root open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <AlertDialog.Content
          className="fixed inset-x-4 top-[15vh] z-50 mx-auto max-w-md rounded-lg bg-white p-6 shadow-xl focus:outline-none"
          onCloseAutoFocus={focusBack(dialog.returnFocusTo)}
        >
          <AlertDialog.Title className="text-lg font-bold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-stone-700">{body}</AlertDialog.Description>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <AlertDialog.Cancel className="btn-secondary">{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={actionClass} onClick={onConfirm}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
