import type { childNeeds, children, neededServices, providers } from "@/db/schema";
import type { QuestionAnswer } from "@/db/schema/care-team";

export type ChildDto = { id: string; name: string; birthYear: number | null; createdAt: string };
export type NeedDto = {
  id: string;
  childId: string;
  needId: string;
  identifiedOn: string;
  resolvedOn: string | null;
  note: string | null;
};
export type NeededServiceDto = {
  id: string;
  childId: string;
  serviceId: string;
  markedOn: string;
  clearedOn: string | null;
  reason: string;
};
export type ProviderDto = {
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

export const childDto = (row: typeof children.$inferSelect): ChildDto => ({
  id: row.id,
  name: row.name,
  birthYear: row.birthYear,
  createdAt: row.createdAt.toISOString(),
});

export const needDto = (row: typeof childNeeds.$inferSelect): NeedDto => ({
  id: row.id,
  childId: row.childId,
  needId: row.needId,
  identifiedOn: row.identifiedOn,
  resolvedOn: row.resolvedOn,
  note: row.note,
});

export const neededServiceDto = (row: typeof neededServices.$inferSelect): NeededServiceDto => ({
  id: row.id,
  childId: row.childId,
  serviceId: row.serviceId,
  markedOn: row.markedOn,
  clearedOn: row.clearedOn,
  reason: row.reason,
});

export const providerDto = (row: typeof providers.$inferSelect, childIds: string[]): ProviderDto => ({
  id: row.id,
  name: row.name,
  agency: row.agency,
  statedTitle: row.statedTitle,
  credentialId: row.credentialId,
  licenseNumber: row.licenseNumber,
  licenseState: row.licenseState,
  trainedIn: row.trainedIn,
  servicesDelivered: row.servicesDelivered,
  childIds,
  startOn: row.startOn,
  endOn: row.endOn,
  contact: row.contact,
  notes: row.notes,
  answers: row.answers,
  createdAt: row.createdAt.toISOString(),
});
