import type { ImportedFrom } from "@/lib/domain/record/imported";
import type { ChildDto, NeedDto, NeededServiceDto, ProviderDto } from "@/lib/care-team/dto";
import type { CareEventDto } from "@/lib/care-team/events";
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
/** `imported` is set on a message that was itself loaded from an export (`author` then loaded it). */
type ExportedMessage = { id: string; at: string; author: ExportedPerson; body: string; imported: ImportedFrom | null };

/**
 * Everything a family entered, as one JSON document: the care record, its history and the
 * conversation. A coach's private notes, action items and tags are the coach's, not the family's,
 * and are not in it.
 */
export type FamilyExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  family: { id: string; name: string };
  children: ExportedChild[];
  providers: ExportedProvider[];
  events: ExportedEvent[];
  messages: ExportedMessage[];
};
