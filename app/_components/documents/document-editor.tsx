"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useId, useState, type FormEvent } from "react";
import { apiFetch, ApiError } from "@/app/_components/api-client";
import { DialogPanel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { DialogSubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
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
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const providerId = String(data.get("providerId") ?? "");
    setBusy(true);
    setAlert(undefined);
    try {
      await apiFetch(`/api/v1/families/${familyId}/documents/${document.id}`, {
        method: "PATCH",
        body: {
          title: String(data.get("title") ?? ""),
          kind: String(data.get("kind") ?? ""),
          documentDate: String(data.get("documentDate") ?? "") || null,
          childIds: data.getAll("childIds").map(String),
          ...(providerOptions.length > 0 ? { providerId: providerId || null } : {}),
        },
      });
      setOpen(false);
      setFields({});
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError) setFields(error.fields);
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="btn-secondary" aria-label={t("openNamed", { title: document.title })}>
        {t("open")}
      </Dialog.Trigger>
      <DialogPanel title={t("title")} description={t("description")}>
        <form onSubmit={save} className="mt-4 flex flex-col gap-4" noValidate>
          <FormField
            id={`${id}-title`}
            name="title"
            label={tUpload("titleLabel")}
            defaultValue={document.title}
            maxLength={DOCUMENT_TITLE_MAX}
            error={fields.title}
            required
          />
          <SelectField id={`${id}-kind`} name="kind" label={tUpload("kindLabel")} defaultValue={document.kind}>
            <DocumentKindOptions />
          </SelectField>
          <DocumentDateField id={`${id}-date`} error={fields.documentDate} defaultValue={document.documentDate ?? ""} />
          <DocumentLinkFields
            id={id}
            childOptions={childOptions}
            providerOptions={providerOptions}
            childIds={document.childIds}
            providerId={document.providerId ?? ""}
          />
          <FormAlert message={alert} />
          <DialogSubmitOrCancel busy={busy} submitLabel={t("save")} workingLabel={t("saving")} />
        </form>
      </DialogPanel>
    </Dialog.Root>
  );
}
