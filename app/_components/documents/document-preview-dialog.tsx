"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { focusBack } from "@/app/_components/dialog-panel";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { PdfPages } from "./pdf-pages";

export type DocumentPreviewProps = { fileUrl: string; title: string; contentType: string };

/**
 * A look at a PDF or a picture without downloading it: the picture as an image (the file is
 * served sandboxed and inline for this only), the PDF drawn by PDF.js. Either read is a download
 * as far as the audit log goes.
 */
export default function DocumentPreviewDialog({
  fileUrl,
  title,
  contentType,
  ...dialog
}: DocumentPreviewProps & DialogBodyProps) {
  const t = useTranslations("documents.preview");
  const inline = `${fileUrl}?disposition=inline`;
  return (
    <Dialog.Root open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/50" />
        <Dialog.Content
          className="fixed inset-x-2 top-[4vh] bottom-[4vh] z-50 mx-auto flex max-w-3xl flex-col gap-3 rounded-lg bg-white p-4 shadow-xl focus:outline-none sm:inset-x-4 sm:p-6"
          onCloseAutoFocus={focusBack(dialog.returnFocusTo)}
        >
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-bold break-words">{t("title", { title })}</Dialog.Title>
            <Dialog.Close className="btn-secondary shrink-0">{t("close")}</Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">{t("description")}</Dialog.Description>
          <div className="min-h-0 flex-1 overflow-y-auto" data-testid="document-preview">
            {contentType === "application/pdf" ? (
              <PdfPages url={inline} label={t("pageOf", { title })} />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not an optimizable asset
              <img src={inline} alt={t("pictureOf", { title })} className="mx-auto h-auto max-w-full rounded-md" />
            )}
          </div>
          <a href={fileUrl} className="btn-primary self-start" download>
            {t("download")}
          </a>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
