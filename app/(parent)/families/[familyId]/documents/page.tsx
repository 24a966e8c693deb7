import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { calendarDate } from "@/app/_components/calendar-date";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { DocumentEditor } from "@/app/_components/documents/document-editor";
import { DocumentKindOptions } from "@/app/_components/documents/document-kind-options";
import { DocumentPreview } from "@/app/_components/documents/document-preview";
import { DocumentUploader } from "@/app/_components/documents/document-uploader";
import { fileSize } from "@/app/_components/documents/file-size";
import { SelectField } from "@/app/_components/form-field";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildrenWithNeeds } from "@/lib/care-team/children";
import { listProviders } from "@/lib/care-team/providers";
import { listCitations } from "@/lib/documents/citations";
import { documentLibrary } from "@/lib/documents/documents";
import type { CitationDto, DocumentDto } from "@/lib/documents/dto";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { isPreviewable } from "@/lib/domain/documents/file-types";
import { gapSubjectParts } from "@/lib/schemas/documents";
import { isId } from "@/lib/schemas/fields";
import { DOCUMENT_KINDS, FAMILY_DOCUMENTS_MAX_BYTES } from "@/lib/schemas/limits";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = {
  params: Promise<{ familyId: string }>;
  searchParams: Promise<{ kind?: string | string[]; child?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("title") };
}

const TYPE_WORDS: Record<string, "pdf" | "photo" | "word" | "text"> = {
  "application/pdf": "pdf",
  "image/jpeg": "photo",
  "image/png": "photo",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
};

/** The family's papers, by kind and newest first: add, look at, correct, cite, remove. */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const search = await searchParams;
  const kind = DOCUMENT_KINDS.find((value) => value === search.kind);
  const childFilter = typeof search.child === "string" ? search.child : undefined;
  const [children, providers, library, citations] = await pageData(
    Promise.all([
      listChildrenWithNeeds(actor, familyId),
      listProviders(actor, familyId),
      documentLibrary(actor, familyId, {
        kind,
        childId: childFilter && isId(childFilter) ? childFilter : undefined,
      }),
      listCitations(actor, familyId),
    ]),
  );
  const t = await getTranslations("documents");
  const tKinds = await getTranslations("documents.kinds");
  const format = await getFormatter();
  const { needById, serviceById } = catalogIn(await getLocale());
  const date = (iso: string) => calendarDate(format, iso);
  const childName = new Map(children.map((child) => [child.id, child.name]));
  const providerName = new Map(providers.map((provider) => [provider.id, provider.name]));
  const childOptions = children.map(({ id, name }) => ({ id, name }));
  const providerOptions = providers.map(({ id, name }) => ({ id, name }));
  const filtered = Boolean(kind || childFilter);
  const groups = DOCUMENT_KINDS.map((value) => ({
    kind: value,
    documents: library.documents.filter((document) => document.kind === value),
  })).filter((group) => group.documents.length > 0);

  /** What a citation points at, in words: "Trauma (Jordan)", "Dana Reyes", "Family therapy for Jordan". */
  function citedFor(citation: CitationDto): string {
    if (citation.subjectType === "provider") return providerName.get(citation.subjectId) ?? t("citedUnknown");
    if (citation.subjectType === "gap") {
      const parts = gapSubjectParts(citation.subjectId);
      return parts
        ? t("citedGap", {
            service: serviceById(parts.serviceId)?.label ?? parts.serviceId,
            name: childName.get(parts.childId) ?? "",
          })
        : t("citedUnknown");
    }
    for (const child of children) {
      const need = child.needs.find((candidate) => candidate.id === citation.subjectId);
      if (need) return t("citedNeed", { need: needById(need.needId)?.label ?? need.needId, name: child.name });
      const mark = child.neededServices.find((candidate) => candidate.id === citation.subjectId);
      if (mark) return t("citedNeed", { need: serviceById(mark.serviceId)?.label ?? mark.serviceId, name: child.name });
    }
    return t("citedUnknown");
  }

  function describe(document: DocumentDto): string {
    const words = TYPE_WORDS[document.contentType] ?? "text";
    return t("typeAndSize", { type: t(`types.${words}`), size: fileSize(format, document.size) });
  }

  return (
    <ClientMessages
      namespaces={[
        "common",
        "documents.edit",
        "documents.kinds",
        "documents.preview",
        "documents.upload",
        "errors",
        "validation",
      ]}
    >
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={actor.role === "coach" ? t("introCoach") : t("intro")}>
          <p className="text-sm text-stone-600" data-testid="storage-used">
            {t("storage", {
              used: fileSize(format, library.usedBytes),
              limit: fileSize(format, FAMILY_DOCUMENTS_MAX_BYTES),
            })}
          </p>
        </PageIntro>

        <DocumentUploader familyId={familyId} childOptions={childOptions} providerOptions={providerOptions} />

        {(library.documents.length > 0 || filtered) && (
          <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label={t("filters.label")}>
            <SelectField id="documents-kind" name="kind" label={t("filters.kind")} defaultValue={kind ?? ""}>
              <option value="">{t("filters.allKinds")}</option>
              <DocumentKindOptions />
            </SelectField>
            {children.length > 1 && (
              <SelectField
                id="documents-child"
                name="child"
                label={t("filters.child")}
                defaultValue={childFilter ?? ""}
              >
                <option value="">{t("filters.allChildren")}</option>
                {children.map((child) => (
                  <option key={child.id} value={child.id}>
                    {child.name}
                  </option>
                ))}
              </SelectField>
            )}
            <button type="submit" className="btn-secondary">
              {t("filters.show")}
            </button>
          </form>
        )}

        {library.documents.length === 0 &&
          (filtered ? (
            <p className="card text-stone-700">{t("noneMatch")}</p>
          ) : (
            <EmptyState title={t("emptyTitle")} body={t(actor.role === "coach" ? "emptyBodyCoach" : "emptyBody")} />
          ))}

        {groups.map((group) => (
          <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="flex flex-col gap-3">
            <h2 id={`kind-${group.kind}`} className="text-xl font-semibold">
              {tKinds(group.kind)}{" "}
              <span className="text-base font-normal text-stone-600">({group.documents.length})</span>
            </h2>
            <ul className="flex flex-col gap-3">
              {group.documents.map((document) => {
                const fileUrl = `/api/v1/families/${familyId}/documents/${document.id}/file`;
                const cited = citations.filter((citation) => citation.documentId === document.id);
                return (
                  <li
                    key={document.id}
                    id={`document-${document.id}`}
                    className="flex scroll-mt-24 flex-col gap-3 card target:border-brand-600 target:ring-2 target:ring-brand-100"
                    data-testid="document"
                  >
                    <div className="flex flex-col gap-1">
                      <h3 className="text-lg font-bold break-words">{document.title}</h3>
                      <p className="text-sm font-medium text-stone-800">
                        {document.documentDate ? t("dated", { date: date(document.documentDate) }) : t("undated")}
                        <span> · </span>
                        {describe(document)}
                      </p>
                      <p className="text-sm text-stone-600">
                        {document.uploadedBy
                          ? t("addedBy", {
                              date: format.dateTime(new Date(document.uploadedAt), { dateStyle: "medium" }),
                              name: document.uploadedBy.name,
                            })
                          : t("added", {
                              date: format.dateTime(new Date(document.uploadedAt), { dateStyle: "medium" }),
                            })}
                      </p>
                      {document.childIds.length > 0 && (
                        <p className="text-sm text-stone-700">
                          {t("about", { names: document.childIds.map((id) => childName.get(id) ?? "").join(", ") })}
                        </p>
                      )}
                      {document.providerId && providerName.has(document.providerId) && (
                        <p className="text-sm text-stone-700">
                          {t("from", { name: providerName.get(document.providerId)! })}
                        </p>
                      )}
                      {cited.length > 0 && (
                        <p className="text-sm text-stone-700">
                          {t("citedAs", { subjects: cited.map(citedFor).join("; ") })}
                        </p>
                      )}
                    </div>
                    <div className="no-print flex flex-wrap items-center gap-3">
                      {isPreviewable(document.contentType) && (
                        <DocumentPreview fileUrl={fileUrl} title={document.title} contentType={document.contentType} />
                      )}
                      <a
                        href={fileUrl}
                        className="btn-secondary"
                        download
                        aria-label={t("downloadNamed", { title: document.title })}
                      >
                        {t("download")}
                      </a>
                      <DocumentEditor
                        familyId={familyId}
                        document={document}
                        childOptions={childOptions}
                        providerOptions={providerOptions}
                      />
                      <DeleteButton
                        compact
                        path={`/api/v1/families/${familyId}/documents/${document.id}`}
                        label={t("delete")}
                        accessibleName={t("deleteNamed", { title: document.title })}
                        confirmTitle={t("deleteTitle", { title: document.title })}
                        confirmBody={t("deleteBody")}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
