import type { ImportedFrom } from "@/lib/domain/record/imported";
import type { ChildDto, NeedDto, NeededServiceDto, ProviderDto } from "@/lib/care-team/dto";
import type { CareEventDto } from "@/lib/care-team/events";
import type { CitationDto, DocumentDto } from "@/lib/documents/dto";
import type { RequestDto, RequestUpdateDto } from "@/lib/requests/dto";
import type { DueRule } from "@/lib/domain/requests";
import type { EXPORT_FORMAT, EXPORT_VERSION } from "@/lib/schemas/records";

export { EXPORT_FORMAT, EXPORT_VERSION } from "@/lib/schemas/records";

// The document carries the care team as the API shows it: a field added to a DTO is exported
// (and must then be read back by the import schema in lib/schemas/records.ts).
type ExportedNeed = Omit<NeedDto, "childId">;
type ExportedMark = Omit<NeededServiceDto, "childId">;
type ExportedChild = ChildDto & { needs: ExportedNeed[]; neededServices: ExportedMark[] };
type ExportedProvider = ProviderDto;
type ExportedPerson = { id: string; name: string; role: "parent" | "coach" | "admin" };
type ExportedEvent = CareEventDto<ExportedPerson>;
/**
 * `imported` is set on a message that was itself loaded from an export (`author` then loaded it);
 * the documents a message carried are named by id (`documentIds`; absent when it carried none).
 */
type ExportedMessage = {
  id: string;
  at: string;
  author: ExportedPerson;
  body: string;
  imported: ImportedFrom | null;
  documentIds?: string[];
};
/**
 * A document as the API shows it. Its bytes are not in the JSON: the `format=zip` export carries
 * them beside it, at `documents/<id>/<fileName>`, and the FHIR export as Binary resources.
 */
type ExportedDocument = DocumentDto;
type ExportedCitation = Omit<CitationDto, "document">;
/** A request with its updates in order; `overdue` is a reading on a day, not part of the record. */
type ExportedRequest = Omit<RequestDto, "overdue" | "updateCount" | "lastUpdateOn" | "createdBy" | "dueRule"> & {
  dueRule: DueRule | null;
  updates: Omit<RequestUpdateDto, "createdBy">[];
};

/**
 * Everything a family entered, as one JSON document: the care record, its history, the
 * conversation and the documents (described; their bytes travel in the zip export). A coach's private notes, action items and tags are the coach's, not the family's,
 * and are not in it.
 */
export type FamilyExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  family: { id: string; name: string; state: string | null };
  children: ExportedChild[];
  providers: ExportedProvider[];
  events: ExportedEvent[];
  messages: ExportedMessage[];
  documents: ExportedDocument[];
  citations: ExportedCitation[];
  requests: ExportedRequest[];
};
