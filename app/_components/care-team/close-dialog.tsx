"use client";

import { useState } from "react";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import type { CloseDialogProps } from "./close-dialog-body";
import { useReopen, type DateField } from "./use-reopen";

export type { CloseDialogWords } from "./close-dialog-body";

const CloseDialogButton = lazyDialog<CloseDialogProps>(() => import("./close-dialog-body"));

/**
 * One action per open row: "Resolve…" opens a small dialog with the date (today unless changed),
 * and, for a row recorded by mistake, a removal that asks twice. Once resolved, a toast offers Undo.
 */
export function CloseDialog(props: CloseDialogProps) {
  return (
    <CloseDialogButton
      {...props}
      trigger={{
        label: props.words.trigger,
        accessibleName: props.words.triggerNamed,
        className: "btn-secondary shrink-0 self-start",
      }}
    />
  );
}

/** A resolved row's one action: open it again (a need that came back), said in a toast. */
export function ReopenButton({
  path,
  field,
  label,
  accessibleName,
  undone,
}: {
  path: string;
  field: DateField;
  label: string;
  accessibleName: string;
  undone: string;
}) {
  const reopen = useReopen(path, field);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="shrink-0 self-start text-sm font-semibold text-brand-800 underline underline-offset-4"
      aria-label={accessibleName}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await reopen(undone);
        setBusy(false);
      }}
    >
      {label}
    </button>
  );
}
