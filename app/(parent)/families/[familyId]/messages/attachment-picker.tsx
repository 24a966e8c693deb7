"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ApiError } from "@/app/_components/api-client";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import { newUploadKey, titleFromFileName, uploadDocument } from "@/app/_components/documents/upload-document";
import { useErrorText } from "@/app/_components/use-error-text";
import type { LibraryDialogProps } from "./library-dialog";
import { DOCUMENT_ACCEPT, MAX_ATTACHMENTS } from "@/lib/schemas/limits";

export type { Attachment } from "./library-dialog";

const LibraryDialog = lazyDialog<LibraryDialogProps>(() => import("./library-dialog"));

/**
 * What a message carries: documents already kept, or a file uploaded here, which becomes one of
 * the family's documents ("Other", named after the file) before the message goes.
 */
export function AttachmentPicker({ familyId, attachments, onChange }: LibraryDialogProps) {
  const t = useTranslations("messages.attachments");
  const errorText = useErrorText();
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const full = attachments.length >= MAX_ATTACHMENTS;

  async function upload(file: File | undefined) {
    if (!file) return;
    setProblem(undefined);
    setUploading({ name: file.name, percent: 0 });
    try {
      const document = await uploadDocument(
        familyId,
        file,
        { title: titleFromFileName(file.name) || file.name, kind: "other" },
        newUploadKey(),
        (fraction) => setUploading({ name: file.name, percent: Math.floor(fraction * 100) }),
      );
      onChange([...attachments, { id: document.id, title: document.title }]);
    } catch (error) {
      const reason = error instanceof ApiError ? (error.fields.file ?? errorText(error)) : errorText(error);
      setProblem(t("failed", { name: file.name, reason }));
    } finally {
      setUploading(null);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {attachments.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("listLabel")}>
          {attachments.map((attachment) => (
            <li
              key={attachment.id}
              className="inline-flex max-w-full items-center gap-1 rounded-full border border-stone-300 bg-stone-50 py-1 pr-1 pl-3 text-sm"
              data-testid="composer-attachment"
            >
              <span className="truncate">{attachment.title}</span>
              <button
                type="button"
                className="inline-flex size-7 items-center justify-center rounded-full text-stone-600 hover:bg-stone-200"
                aria-label={t("remove", { title: attachment.title })}
                onClick={() => onChange(attachments.filter((item) => item.id !== attachment.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label
          className={`btn-secondary min-h-9 cursor-pointer px-3 py-1 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 ${full || uploading ? "pointer-events-none opacity-60" : ""}`}
        >
          <input
            ref={input}
            type="file"
            accept={DOCUMENT_ACCEPT}
            className="sr-only"
            disabled={full || uploading !== null}
            data-testid="composer-file-input"
            onChange={(event) => void upload(event.target.files?.[0])}
          />
          {t("uploadNew")}
        </label>
        <LibraryDialog
          familyId={familyId}
          attachments={attachments}
          onChange={onChange}
          trigger={{ label: t("fromDocuments"), className: "btn-secondary min-h-9 px-3 py-1", disabled: full }}
        />
        {uploading && (
          <p className="text-sm text-stone-700" aria-live="polite">
            {t("uploading", uploading)}
          </p>
        )}
      </div>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
    </div>
  );
}
