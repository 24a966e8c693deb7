"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DialogClose, DialogPanel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { useErrorText } from "@/app/_components/use-error-text";
import type { DocumentDto } from "@/lib/documents/dto";
import { MAX_ATTACHMENTS } from "@/lib/schemas/limits";

export type Attachment = Pick<DocumentDto, "id" | "title">;
export type LibraryDialogProps = {
  familyId: string;
  attachments: Attachment[];
  onChange: (next: Attachment[]) => void;
};

/** The family's documents, read afresh at each opening; choosing one attaches it and closes. */
export default function LibraryDialog({
  familyId,
  attachments,
  onChange,
  ...dialog
}: LibraryDialogProps & DialogBodyProps) {
  const t = useTranslations("messages.attachments");
  const errorText = useErrorText();
  const [library, setLibrary] = useState<DocumentDto[] | null>(null);
  const [problem, setProblem] = useState<string>();
  const full = attachments.length >= MAX_ATTACHMENTS;

  useEffect(() => {
    let current = true;
    apiFetch<{ documents: DocumentDto[] }>(`/api/v1/families/${familyId}/documents`).then(
      ({ documents }) => current && setLibrary(documents),
      (error: unknown) => {
        if (!current) return;
        setLibrary([]);
        setProblem(errorText(error));
      },
    );
    return () => {
      current = false;
    };
    // Once per opening (each opening draws this dialog afresh).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [familyId]);

  return (
    <DialogPanel dialog={dialog} title={t("chooseFromDocuments")} description={t("max")}>
      {problem && (
        <div className="mt-4">
          <FormAlert message={problem} />
        </div>
      )}
      {library === null ? null : library.length === 0 ? (
        problem ? null : (
          <p className="mt-4 text-stone-700">{t("noDocuments")}</p>
        )
      ) : (
        <ul className="mt-4 flex flex-col divide-y divide-stone-200">
          {library.map((document) => {
            const chosen = attachments.some((item) => item.id === document.id);
            return (
              <li key={document.id}>
                <button
                  type="button"
                  disabled={chosen || full}
                  className="flex min-h-11 w-full items-center justify-between gap-3 py-2 text-left hover:bg-stone-50 disabled:opacity-60"
                  onClick={() => {
                    onChange([...attachments, { id: document.id, title: document.title }]);
                    dialog.onOpenChange(false);
                  }}
                >
                  <span className="font-medium">{document.title}</span>
                  {chosen && <span aria-hidden>✓</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <DialogClose className="mt-6 btn-secondary">{t("close")}</DialogClose>
    </DialogPanel>
  );
}
