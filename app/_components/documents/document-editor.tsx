"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DialogPanel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { DialogSubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import type { DocumentDto } from "@/lib/documents/dto";
import { DOCUMENT_TITLE_MAX } from "@/lib/schemas/limits";
import { DocumentDateField } from "./document-date-field";
import { DocumentKindOptions } from "./document-kind-options";
import { DocumentLinkFields } from "./document-link-fields";

type Named = { id: string; name: string };

/** Correcting what a paper is, its date and whom it concerns; the file itself never changes. */
export function DocumentEditor({
  familyId,
  document,
  childOptions,
  providerOptions,
}: {
  familyId: string;
  document: DocumentDto;
  childOptions: Named[];
  providerOptions: Named[];
}) {
  const t = useTranslations("documents.edit");
  const tUpload = useTranslations("documents.upload");
  const id = useId();
  const [open, setOpen] = useState(false);
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
    () => setOpen(false),
  );

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // Opened again, the dialog shows the paper as it is now, not what was typed and abandoned.
        if (next) form.reset(defaultValues);
      }}
    >
      <Dialog.Trigger className="btn-secondary" aria-label={t("openNamed", { title: document.title })}>
        {t("open")}
      </Dialog.Trigger>
      <DialogPanel title={t("title")} description={t("description")}>
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
    </Dialog.Root>
  );
}
