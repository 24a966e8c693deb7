"use client";

import { useTranslations } from "next-intl";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import type { DocumentPreviewProps } from "./document-preview-dialog";

const DocumentPreviewDialog = lazyDialog<DocumentPreviewProps>(() => import("./document-preview-dialog"));

/** The button that opens a look at a PDF or a picture (see document-preview-dialog.tsx). */
export function DocumentPreview(props: DocumentPreviewProps) {
  const t = useTranslations("documents.preview");
  return (
    <DocumentPreviewDialog
      {...props}
      trigger={{ label: t("open"), accessibleName: t("openNamed", { title: props.title }), className: "btn-secondary" }}
    />
  );
}
