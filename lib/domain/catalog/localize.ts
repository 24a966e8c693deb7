import { catalogEs } from "./es";
import { credentialById as canonicalEntry, credentials, needs, questions, services, treatmentModels } from "./index";
import type { CatalogTranslation } from "./translation";
import type { Credential, Need, Question, Service, TreatmentModel } from "./types";

const translations: Readonly<Record<string, CatalogTranslation>> = { es: catalogEs };

export type LocalizedCatalog = {
  readonly locale: string;
  readonly credentials: readonly Credential[];
  readonly services: readonly Service[];
  readonly needs: readonly Need[];
  readonly treatmentModels: readonly TreatmentModel[];
  readonly questions: readonly Question[];
  credentialById(id: string): Credential | undefined;
  serviceById(id: string): Service | undefined;
  needById(id: string): Need | undefined;
  treatmentModelById(id: string): TreatmentModel | undefined;
  questionById(id: string): Question | undefined;
  credentialsQualifiedFor(serviceId: string): Credential[];
};

function translateCredential(entry: Credential, text: CatalogTranslation): Credential {
  const words = text.credentials[entry.id];
  const services = Object.fromEntries(
    Object.entries(entry.services).map(([id, qualification]) => [
      id,
      qualification.note
        ? { ...qualification, note: text.qualificationNotes[qualification.note] ?? qualification.note }
        : qualification,
    ]),
  );
  return words ? { ...entry, ...words, services } : { ...entry, services };
}

function build(locale: string, text: CatalogTranslation | undefined): LocalizedCatalog {
  const localCredentials = text ? credentials.map((entry) => translateCredential(entry, text)) : credentials;
  const localServices = text ? services.map((entry) => ({ ...entry, ...text.services[entry.id] })) : services;
  const localNeeds = text ? needs.map((entry) => ({ ...entry, ...text.needs[entry.id] })) : needs;
  const localModels = text
    ? treatmentModels.map((entry) => ({ ...entry, ...text.treatmentModels[entry.id] }))
    : treatmentModels;
  const localQuestions = text ? questions.map((entry) => ({ ...entry, ...text.questions[entry.id] })) : questions;
  const index = <T extends { id: string }>(entries: readonly T[]) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return (id: string) => byId.get(id);
  };
  const localCredentialById = index(localCredentials);
  return {
    locale,
    credentials: localCredentials,
    services: localServices,
    needs: localNeeds,
    treatmentModels: localModels,
    questions: localQuestions,
    // Old ids and aliases resolve as they do in English (`qmha` is Oregon's QMHA).
    credentialById: (id) => {
      const entry = canonicalEntry(id);
      return entry ? localCredentialById(entry.id) : undefined;
    },
    serviceById: index(localServices),
    needById: index(localNeeds),
    treatmentModelById: index(localModels),
    questionById: index(localQuestions),
    credentialsQualifiedFor: (serviceId) => localCredentials.filter((credential) => serviceId in credential.services),
  };
}

const built = new Map<string, LocalizedCatalog>();

/** The catalog with its words in `locale` (English, the source, for any language without a translation). */
export function catalogIn(locale: string): LocalizedCatalog {
  const key = locale in translations ? locale : "en";
  let catalog = built.get(key);
  if (!catalog) {
    catalog = build(key, translations[key]);
    built.set(key, catalog);
  }
  return catalog;
}

/** Languages the catalog has been translated into (English is the source). */
export const catalogTranslations = translations;

/** Does the label already carry every part of the short form ("… (BCBA; en Oregón, LBA)" for "BCBA / LBA")? */
export function labelNamesAbbreviation(credential: Pick<Credential, "label" | "abbreviation">): boolean {
  return credential.abbreviation.split(" / ").every((part) => credential.label.includes(part));
}

/**
 * A credential's full name with its short form, once: "Licensed Clinical Social Worker (LCSW)";
 * a translated label that already carries the acronym is left as it is.
 */
export function credentialName(credential: Pick<Credential, "label" | "abbreviation">): string {
  return labelNamesAbbreviation(credential) ? credential.label : `${credential.label} (${credential.abbreviation})`;
}
