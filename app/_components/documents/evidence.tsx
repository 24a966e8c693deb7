"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { calendarDate } from "@/app/_components/calendar-date";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { DialogPanel, useFormDialog } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { DialogSubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField, SelectField, TextAreaField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { FileIcon } from "./file-icon";
import type { CitationDto, DocumentDto } from "@/lib/documents/dto";
import { CITATION_QUOTE_MAX } from "@/lib/schemas/limits";

export type CitableDocument = Pick<DocumentDto, "id" | "title" | "kind" | "documentDate">;
type Subject = { type: string; id: string; label: string };

/**
 * The papers that back one thing in the record (a need, a provider, a gap): each cited as
 * "Discharge plan, Jan 3, 2026, p. 2: “family therapy recommended”", linked to the document, and a
 * way to cite another one.
 */
export function Evidence({
  familyId,
  subject,
  citations,
  documents,
}: {
  familyId: string;
  subject: Subject;
  citations: CitationDto[];
  documents: CitableDocument[];
}) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const mine = citations.filter(
    (citation) => citation.subjectType === subject.type && citation.subjectId === subject.id,
  );
  return (
    <div className="flex flex-col gap-2" data-testid="evidence" data-subject={`${subject.type}:${subject.id}`}>
      {mine.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm" aria-label={t("listLabel", { subject: subject.label })}>
          {mine.map((citation) => (
            <li key={citation.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1" data-testid="citation">
              <Link
                href={`/families/${familyId}/documents#document-${citation.documentId}`}
                className="inline-flex items-baseline gap-1.5 font-medium text-brand-800 underline underline-offset-4"
              >
                <FileIcon className="size-3.5 self-center" />
                {[
                  citation.document.title,
                  citation.document.documentDate ? calendarDate(format, citation.document.documentDate) : null,
                  citation.page ? t("page", { page: citation.page }) : null,
                ]
                  .filter(Boolean)
                  .join(", ")}
              </Link>
              {citation.quote && <q className="text-stone-700 italic">{citation.quote}</q>}
              <DeleteButton
                compact
                path={`/api/v1/families/${familyId}/citations/${citation.id}`}
                label={t("remove")}
                accessibleName={t("removeNamed", { title: citation.document.title })}
                confirmTitle={t("removeTitle")}
                confirmBody={t("removeBody")}
              />
            </li>
          ))}
        </ul>
      )}
      <CiteDialog familyId={familyId} subject={subject} documents={documents} />
    </div>
  );
}

function CiteDialog({
  familyId,
  subject,
  documents,
}: {
  familyId: string;
  subject: Subject;
  documents: CitableDocument[];
}) {
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
    () => dialog.close(),
  );
  const dialog = useFormDialog(() => form.reset());
  // In the browser, nothing chosen is the only way the list can be wrong: say so in those words.
  const documentField = field("documentId", `${id}-document`);
  const documentError =
    form.formState.errors.documentId?.type === "server"
      ? documentField.error
      : documentField.error && t("chooseRequired");

  return (
    <Dialog.Root open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <Dialog.Trigger
        className="self-start text-sm font-semibold text-brand-800 underline underline-offset-4"
        aria-label={t("citeFor", { subject: subject.label })}
      >
        {t("cite")}
      </Dialog.Trigger>
      <DialogPanel title={t("dialogTitle", { subject: subject.label })} description={t("dialogBody")}>
        {documents.length === 0 ? (
          <div className="mt-4 flex flex-col items-start gap-3">
            <p className="text-stone-800">{t("noDocuments")}</p>
            <Link href={`/families/${familyId}/documents`} className="btn-primary">
              {t("goToDocuments")}
            </Link>
            <Dialog.Close className="btn-secondary">{t("cancel")}</Dialog.Close>
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
    </Dialog.Root>
  );
}
