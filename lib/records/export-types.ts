import type { CareEventChange, QuestionAnswer } from "@/db/schema/care-team";

/** The version of the export document; an import refuses any other. */
export const EXPORT_FORMAT = "clarity.family-export";
export const EXPORT_VERSION = 1;

export type ExportedNeed = { id: string; needId: string; identifiedOn: string; resolvedOn: string | null; note: string | null };
export type ExportedMark = { id: string; serviceId: string; markedOn: string; clearedOn: string | null; reason: string };
export type ExportedChild = { id: string; name: string; birthYear: number | null; createdAt: string; needs: ExportedNeed[]; neededServices: ExportedMark[] };
export type ExportedProvider = {
  id: string;
  name: string;
  agency: string | null;
  statedTitle: string;
  credentialId: string;
  licenseNumber: string | null;
  licenseState: string | null;
  trainedIn: string[];
  servicesDelivered: string[];
  childIds: string[];
  startOn: string;
  endOn: string | null;
  contact: string | null;
  notes: string | null;
  answers: Record<string, QuestionAnswer>;
  createdAt: string;
};
export type ExportedPerson = { id: string; name: string; role: "parent" | "coach" | "admin" };
export type ExportedEvent = {
  id: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string;
  subject: Record<string, string | number | null>;
  changes: Record<string, CareEventChange>;
  actor: ExportedPerson | null;
};
export type ExportedMessage = { id: string; at: string; author: ExportedPerson; body: string };

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
