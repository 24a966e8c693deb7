import { credentials } from "./credentials";
import { needs } from "./needs";
import { questionIdsForService, questions } from "./questions";
import { services } from "./services";
import { treatmentModels } from "./treatment-models";
import type { Credential, Need, Question, Service, TreatmentModel } from "./types";

export type * from "./types";
export { credentials, needs, questionIdsForService, questions, services, treatmentModels };

function indexById<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const credentialIndex = indexById(credentials);
const serviceIndex = indexById(services);
const needIndex = indexById(needs);
const modelIndex = indexById(treatmentModels);
const questionIndex = indexById(questions);

export const UNKNOWN_CREDENTIAL = "unknown";

export const credentialById = (id: string): Credential | undefined => credentialIndex.get(id);
export const serviceById = (id: string): Service | undefined => serviceIndex.get(id);
export const needById = (id: string): Need | undefined => needIndex.get(id);
export const treatmentModelById = (id: string): TreatmentModel | undefined => modelIndex.get(id);
export const questionById = (id: string): Question | undefined => questionIndex.get(id);

export const credentialIds = credentials.map((entry) => entry.id);
export const serviceIds = services.map((entry) => entry.id);
export const needIds = needs.map((entry) => entry.id);
export const treatmentModelIds = treatmentModels.map((entry) => entry.id);
export const questionIds = questions.map((entry) => entry.id);

/** The credentials that may deliver a service (derived from the credentials, the one source). */
export function credentialsQualifiedFor(serviceId: string): Credential[] {
  return credentials.filter((credential) => serviceId in credential.services);
}
