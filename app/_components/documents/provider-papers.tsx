import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CitationDto } from "@/lib/documents/dto";
import { Evidence, type CitableDocument } from "./evidence";

/** On a provider's card: the papers that came from them, and the documents cited about them. */
export function ProviderPapers({
  familyId,
  provider,
  citations,
  documents,
}: {
  familyId: string;
  provider: { id: string; name: string };
  citations: CitationDto[];
  documents: (CitableDocument & { providerId: string | null })[];
}) {
  const t = useTranslations("evidence");
  const theirs = documents.filter((document) => document.providerId === provider.id);
  return (
    <div className="flex flex-col gap-2 text-sm">
      {theirs.length > 0 && (
        <p className="text-stone-700">
          {t("fromProvider")}{" "}
          {theirs.map((document, index) => (
            <span key={document.id}>
              {index > 0 && ", "}
              <Link
                href={`/families/${familyId}/documents#document-${document.id}`}
                className="font-medium text-brand-800 underline underline-offset-4"
              >
                {document.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      <Evidence
        familyId={familyId}
        subject={{ type: "provider", id: provider.id, label: provider.name }}
        citations={citations}
        documents={documents}
      />
    </div>
  );
}
