"use client";

import { useTranslations } from "next-intl";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import type { DocumentEditorProps } from "./document-editor-dialog";

const DocumentEditorDialog = lazyDialog<DocumentEditorProps>(() => import("./document-editor-dialog"));

/** Correcting what a paper is, its date and whom it concerns; the file itself never changes. */
export function DocumentEditor(props: DocumentEditorProps) {
  const t = useTranslations("documents.edit");
  return (
    <DocumentEditorDialog
      {...props}
      trigger={{
        label: t("open"),
        accessibleName: t("openNamed", { title: props.document.title }),
        className: "btn-secondary",
      }}
    />
  );
}
