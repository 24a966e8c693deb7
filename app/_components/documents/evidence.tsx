"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import { FileIcon } from "./file-icon";
import type { CitationDto } from "@/lib/documents/dto";
import type { CitableDocument, CiteDialogProps, CiteSubject } from "./cite-dialog";

export type { CitableDocument } from "./cite-dialog";

const CiteDialog = lazyDialog<CiteDialogProps>(() => import("./cite-dialog"));

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
  subject: CiteSubject;
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
      <CiteDialog
        familyId={familyId}
        subject={subject}
        documents={documents}
        trigger={{
          label: t("cite"),
          accessibleName: t("citeFor", { subject: subject.label }),
          className: "self-start text-sm font-semibold text-brand-800 underline underline-offset-4",
        }}
      />
    </div>
  );
}
