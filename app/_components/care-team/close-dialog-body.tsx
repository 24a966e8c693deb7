"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DialogPanel, DialogSubmitOrCancel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { useToast } from "@/app/_components/toast";
import { useApiForm } from "@/app/_components/use-api-form";
import { useErrorText } from "@/app/_components/use-error-text";
import { useReopen, type DateField } from "./use-reopen";

/** Every word of one row's dialog, already naming the need or service (whole sentences from the page). */
export type CloseDialogWords = {
  trigger: string;
  triggerNamed: string;
  title: string;
  description: string;
  date: string;
  submit: string;
  working: string;
  done: string;
  undone: string;
  mistakeTitle: string;
  mistakeBody: string;
  remove: string;
  removeConfirm: string;
  removed: string;
};

export type CloseDialogProps = { path: string; field: DateField; today: string; words: CloseDialogWords };

/**
 * The dialog of one open row: the date it ended (today unless changed), and, for a row recorded by
 * mistake, a removal that asks twice. Once resolved, a toast offers Undo.
 */
export default function CloseDialogBody({ path, field, today, words, ...dialog }: CloseDialogProps & DialogBodyProps) {
  const t = useTranslations("toast");
  const id = useId();
  const router = useRouter();
  const toast = useToast();
  const errorText = useErrorText();
  const reopen = useReopen(path, field);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string>();
  const {
    submit,
    field: formField,
    alert,
    busy,
  } = useApiForm<Record<string, string>, Record<string, string>>({
    schema: (schemas) => (field === "resolvedOn" ? schemas.needPatchSchema : schemas.neededServicePatchSchema),
    defaultValues: { [field]: today },
  });
  const close = () => dialog.onOpenChange(false);
  const onSubmit = submit(
    (input) => apiFetch(path, { method: "PATCH", body: input }),
    () => {
      close();
      toast({
        message: words.done,
        action: { label: t("undo"), altText: words.triggerNamed, run: () => void reopen(words.undone) },
      });
    },
  );

  async function remove() {
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await apiFetch(path, { method: "DELETE" });
      close();
      router.refresh();
      toast({ message: words.removed });
    } catch (error) {
      setRemoveError(errorText(error));
    } finally {
      setRemoving(false);
    }
  }

  return (
    <DialogPanel dialog={dialog} title={words.title} description={words.description} width="max-w-md">
      <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
        <FormAlert message={alert} />
        <FormField type="date" label={words.date} {...formField(field, `${id}-date`)} />
        <DialogSubmitOrCancel busy={busy} submitLabel={words.submit} workingLabel={words.working} />
      </form>
      <div className="mt-6 border-t border-stone-200 pt-4">
        <h3 className="text-sm font-semibold">{words.mistakeTitle}</h3>
        <p className="mt-1 text-sm text-stone-700">{words.mistakeBody}</p>
        <FormAlert message={removeError} />
        {confirming ? (
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className="btn-danger" onClick={remove} disabled={removing}>
              {words.removeConfirm}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              {t("keep")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="mt-2 text-sm font-semibold text-red-800 underline underline-offset-4"
            onClick={() => setConfirming(true)}
          >
            {words.remove}
          </button>
        )}
      </div>
    </DialogPanel>
  );
}
