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
/** Another provider of the family, or someone off the team with their credential; null: none named. */
export type SupervisorDto = { providerId: string } | { name: string; credentialId: string } | null;

export type ProviderDto = {
  id: string;
  name: string;
  agency: string | null;
  statedTitle: string;
  /** The first of credentialIds, for clients written before a provider could hold several. */
  credentialId: string;
  credentialIds: string[];
  supervisor: SupervisorDto;
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
  credentialId: row.credentialIds[0]!,
  credentialIds: row.credentialIds,
  supervisor: supervisorOf(row),
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

function supervisorOf(row: typeof providers.$inferSelect): SupervisorDto {
  if (row.supervisorProviderId) return { providerId: row.supervisorProviderId };
  if (row.supervisorName && row.supervisorCredentialId)
    return { name: row.supervisorName, credentialId: row.supervisorCredentialId };
  return null;
}
