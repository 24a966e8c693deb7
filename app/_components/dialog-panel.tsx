"use client";

import { Dialog } from "radix-ui";
import { useState, type ReactNode } from "react";

/**
 * An open dialog: the page dimmed behind, a panel in front with its title and a line on what it
 * is for. A tall panel scrolls inside itself, so its buttons stay reachable on a phone.
 */
export function DialogPanel({
  title,
  description,
  width = "max-w-lg",
  children,
}: {
  title: ReactNode;
  description: ReactNode;
  width?: "max-w-md" | "max-w-lg";
  children: ReactNode;
}) {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
      <Dialog.Content
        className={`fixed inset-x-4 top-[8vh] z-50 mx-auto max-h-[84vh] ${width} overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none`}
      >
        <Dialog.Title className="text-xl font-bold">{title}</Dialog.Title>
        <Dialog.Description className="mt-1 text-sm text-stone-700">{description}</Dialog.Description>
        {children}
      </Dialog.Content>
    </Dialog.Portal>
  );
}

/**
 * Open or closed, for a dialog that holds a form: however it closes (Cancel, Escape, a click
 * outside, or `close()` once the form went through), the form is put back as it was.
 */
export function useFormDialog(resetForm: () => void) {
  const [open, setOpen] = useState(false);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) resetForm();
  };
  return { open, onOpenChange, close: () => onOpenChange(false) };
}
