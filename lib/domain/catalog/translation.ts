import type { Credential, Need, Question, Service, TreatmentModel } from "./types";

type CredentialText = Pick<Credential, "label" | "abbreviation" | "description" | "variesByState" | "unverified"> & {
  cannot: readonly string[];
};
type ServiceText = Pick<Service, "label" | "description" | "variesByState" | "unverified">;
type NeedText = Pick<Need, "label" | "description" | "unverified">;

/**
 * The words of the catalog in another language, keyed by id. The facts (which credential may
 * deliver what, sources, dates) stay in one place, the English entries; only the text changes.
 * Qualification notes are shared strings, so they are translated by their English text.
 */
export type CatalogTranslation = {
  readonly qualificationNotes: Readonly<Record<string, string>>;
  readonly credentials: Readonly<Record<string, CredentialText>>;
  readonly services: Readonly<Record<string, ServiceText>>;
  readonly needs: Readonly<Record<string, NeedText>>;
  readonly treatmentModels: Readonly<Record<string, Pick<TreatmentModel, "description" | "unverified">>>;
  readonly questions: Readonly<Record<string, Pick<Question, "text" | "why">>>;
};
