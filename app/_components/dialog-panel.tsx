"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import type { ReactNode } from "react";
import type { DialogBodyProps } from "./lazy-dialog";
import { SubmitButton, type SubmitLabels } from "./form-buttons";

/**
 * Hands the focus back to the button that opened the dialog: the button is plain (see
 * lazy-dialog.tsx), not a Radix trigger, so Radix does not know it.
 */
export function focusBack(returnFocusTo: DialogBodyProps["returnFocusTo"]) {
  return (event: Event) => {
    event.preventDefault();
    returnFocusTo.current?.focus();
  };
}

/**
 * An open dialog: the page dimmed behind, a panel in front with its title and a line on what it
 * is for. A tall panel scrolls inside itself, so its buttons stay reachable on a phone.
 */
export function DialogPanel({
  dialog,
  title,
  description,
  width = "max-w-lg",
  children,
}: {
  dialog: DialogBodyProps;
  title: ReactNode;
  description: ReactNode;
  width?: "max-w-md" | "max-w-lg";
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <Dialog.Content
          className={`fixed inset-x-4 top-[8vh] z-50 mx-auto max-h-[84vh] ${width} overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none`}
          onCloseAutoFocus={focusBack(dialog.returnFocusTo)}
        >
          <Dialog.Title className="text-xl font-bold">{title}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-stone-700">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The foot of a form in a dialog: Cancel closes the dialog; the submit button may say it is serious. */
export function DialogSubmitOrCancel({ tone = "primary", ...labels }: SubmitLabels & { tone?: "primary" | "danger" }) {
  const t = useTranslations("common");
  const className = tone === "danger" ? "btn-danger" : "btn-primary";
  return (
    <div className="flex flex-wrap justify-end gap-3">
      <Dialog.Close className="btn-secondary" type="button">
        {t("cancel")}
      </Dialog.Close>
      <SubmitButton className={className} {...labels} />
    </div>
  );
}

/** The close button of a dialog that has nothing to send. */
export function DialogClose({ children, className }: { children: ReactNode; className: string }) {
  return <Dialog.Close className={className}>{children}</Dialog.Close>;
}
