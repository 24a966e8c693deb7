"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DialogPanel, DialogSubmitOrCancel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { useApiForm } from "@/app/_components/use-api-form";
import { DOCUMENT_TITLE_MAX } from "@/lib/schemas/limits";
import { DocumentDateField } from "./document-date-field";
import type { DocumentDto } from "@/lib/documents/dto";
import { DocumentKindOptions } from "./document-kind-options";
import { DocumentLinkFields } from "./document-link-fields";

type Named = { id: string; name: string };
export type DocumentEditorProps = {
  familyId: string;
  document: DocumentDto;
  childOptions: Named[];
  providerOptions: Named[];
};

/** Correcting what a paper is, its date and whom it concerns; the file itself never changes. */
export default function DocumentEditorDialog({
  familyId,
  document,
  childOptions,
  providerOptions,
  ...dialog
}: DocumentEditorProps & DialogBodyProps) {
  const t = useTranslations("documents.edit");
  const tUpload = useTranslations("documents.upload");
  const id = useId();
  const defaultValues = {
    title: document.title,
    kind: document.kind as string,
    documentDate: document.documentDate ?? "",
    childIds: document.childIds,
    providerId: document.providerId ?? "",
  };
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.documentPatchSchema,
    defaultValues,
    // A blank date clears it; the provider is sent only when the family has providers to choose.
    toInput: ({ documentDate, providerId, ...rest }: typeof defaultValues) => ({
      ...rest,
      documentDate: documentDate || null,
      ...(providerOptions.length > 0 ? { providerId: providerId || null } : {}),
    }),
  });
  const onSubmit = submit(
    (input) => apiFetch(`/api/v1/families/${familyId}/documents/${document.id}`, { method: "PATCH", body: input }),
    () => dialog.onOpenChange(false),
  );

  return (
    <DialogPanel dialog={dialog} title={t("title")} description={t("description")}>
      <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-4" noValidate>
        <FormField
          label={tUpload("titleLabel")}
          maxLength={DOCUMENT_TITLE_MAX}
          required
          {...field("title", `${id}-title`)}
        />
        <SelectField label={tUpload("kindLabel")} {...field("kind", `${id}-kind`)}>
          <DocumentKindOptions />
        </SelectField>
        <DocumentDateField {...field("documentDate", `${id}-date`)} />
        <DocumentLinkFields
          id={id}
          childOptions={childOptions}
          providerOptions={providerOptions}
          bind={{ childIds: form.register("childIds"), providerId: form.register("providerId") }}
        />
        <FormAlert message={alert} />
        <DialogSubmitOrCancel busy={busy} submitLabel={t("save")} workingLabel={t("saving")} />
      </form>
    </DialogPanel>
  );
}
