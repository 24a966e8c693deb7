"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { calendarDate } from "@/app/_components/calendar-date";
import { DialogClose, DialogPanel, DialogSubmitOrCancel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField, TextAreaField } from "@/app/_components/form-field";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { useApiForm } from "@/app/_components/use-api-form";
import { CITATION_QUOTE_MAX } from "@/lib/schemas/limits";
import type { DocumentDto } from "@/lib/documents/dto";

export type CitableDocument = Pick<DocumentDto, "id" | "title" | "kind" | "documentDate">;
export type CiteSubject = { type: string; id: string; label: string };
export type CiteDialogProps = { familyId: string; subject: CiteSubject; documents: CitableDocument[] };

/** Cites one of the family's documents for one thing in the record: which, the page, a quote. */
export default function CiteDialog({ familyId, subject, documents, ...dialog }: CiteDialogProps & DialogBodyProps) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const id = useId();
  const defaultValues = { documentId: documents.length === 1 ? documents[0]!.id : "", page: "", quote: "" };
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.citationCreateSchema,
    defaultValues,
    toInput: ({ documentId, page, quote }: typeof defaultValues) => ({
      documentId,
      subjectType: subject.type,
      subjectId: subject.id,
      page: page.trim() ? Number(page) : null,
      quote,
    }),
  });
  const onSubmit = submit(
    (input) => apiFetch(`/api/v1/families/${familyId}/citations`, { body: input }),
    () => dialog.onOpenChange(false),
  );
  // In the browser, nothing chosen is the only way the list can be wrong: say so in those words.
  const documentField = field("documentId", `${id}-document`);
  const documentError =
    form.formState.errors.documentId?.type === "server"
      ? documentField.error
      : documentField.error && t("chooseRequired");

  return (
    <DialogPanel dialog={dialog} title={t("dialogTitle", { subject: subject.label })} description={t("dialogBody")}>
      {documents.length === 0 ? (
        <div className="mt-4 flex flex-col items-start gap-3">
          <p className="text-stone-800">{t("noDocuments")}</p>
          <Link href={`/families/${familyId}/documents`} className="btn-primary">
            {t("goToDocuments")}
          </Link>
          <DialogClose className="btn-secondary">{t("cancel")}</DialogClose>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-4" noValidate>
          <SelectField label={t("document")} {...documentField} error={documentError}>
            <option value="">{t("chooseDocument")}</option>
            {documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.documentDate
                  ? t("documentOption", { title: document.title, date: calendarDate(format, document.documentDate) })
                  : document.title}
              </option>
            ))}
          </SelectField>
          <FormField
            type="number"
            inputMode="numeric"
            min={1}
            label={t("pageLabel")}
            className="input max-w-32"
            {...field("page", `${id}-page`)}
          />
          <TextAreaField
            rows={3}
            maxLength={CITATION_QUOTE_MAX}
            label={t("quoteLabel")}
            hint={t("quoteHint")}
            {...field("quote", `${id}-quote`)}
          />
          <FormAlert message={alert} />
          <DialogSubmitOrCancel busy={busy} submitLabel={t("save")} workingLabel={t("saving")} />
        </form>
      )}
    </DialogPanel>
  );
}
