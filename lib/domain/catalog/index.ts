import { credentials } from "./credentials";
import { needs } from "./needs";
import { questionIdsForService, questions } from "./questions";
import { services } from "./services";
import { treatmentModels } from "./treatment-models";
import type { Credential, Need, Question, Service, TreatmentModel } from "./types";

export type * from "./types";
export { credentials, needs, questionIdsForService, questions, services, treatmentModels };
export { CATALOG_STATES, isUsState, UNCHECKED_STATE_NOTE, US_STATES } from "./us-states";
export { canonicalCredentialId, credentialById, credentialsForState } from "./lookup";
export { searchCredentials } from "./search";
export { OREGON_LEGACY_IDS } from "./credentials-oregon";
export { MEDICAID_SERVICE_NAMES, type MedicaidServiceName } from "./medicaid-service-names";
export { searchServices, type ServiceMatch } from "./service-search";

function indexById<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const serviceIndex = indexById(services);
const needIndex = indexById(needs);
const modelIndex = indexById(treatmentModels);
const questionIndex = indexById(questions);

export const UNKNOWN_CREDENTIAL = "unknown";

export const serviceById = (id: string): Service | undefined => serviceIndex.get(id);
export const needById = (id: string): Need | undefined => needIndex.get(id);
export const treatmentModelById = (id: string): TreatmentModel | undefined => modelIndex.get(id);
export const questionById = (id: string): Question | undefined => questionIndex.get(id);

export const credentialIds = credentials.map((entry) => entry.id);
/** Every id a request may name a credential by: the ids, then the aliases (Oregon's old ids keep working). */
export const acceptedCredentialIds: readonly string[] = [
  ...credentialIds,
  ...new Set(credentials.flatMap((entry) => entry.aliases ?? []).filter((alias) => !credentialIds.includes(alias))),
];
export const serviceIds = services.map((entry) => entry.id);
export const needIds = needs.map((entry) => entry.id);
export const treatmentModelIds = treatmentModels.map((entry) => entry.id);
export const questionIds = questions.map((entry) => entry.id);

/** The credentials that may deliver a service (derived from the credentials, the one source). */
export function credentialsQualifiedFor(serviceId: string): Credential[] {
  return credentials.filter((credential) => serviceId in credential.services);
}
