/** Where a catalog fact comes from, and when someone last checked it against the source. */
export type Source = { readonly citation: string; readonly checkedOn: string };

export type CredentialKind = "license" | "certification" | "program-credential" | "degree" | "job-title" | "unknown";

/**
 * How a credential stands toward one service:
 * - `qualified`: it may deliver the service (a `note` says under what conditions, e.g. supervision);
 * - anything absent from `services` is not within its scope, and delivering it is a mismatch.
 */
export type Qualification = { readonly note?: string };

export type Credential = {
  readonly id: string;
  readonly label: string;
  /** The short form people meet on business cards ("LCSW"). */
  readonly abbreviation: string;
  readonly kind: CredentialKind;
  /** May it diagnose and treat (psychotherapy, clinical assessment) within its scope? */
  readonly clinical: boolean;
  /** Does a state board license or register the person (something a family can look up)? */
  readonly licensed: boolean;
  readonly description: string;
  readonly services: Readonly<Record<string, Qualification>>;
  /** What it may not do, in plain words. */
  readonly cannot: readonly string[];
  readonly nuccCode?: string;
  readonly articleSlug: string;
  readonly sources: readonly Source[];
  readonly variesByState?: string;
  readonly unverified?: string;
  /**
   * Titles that sound clinical but honestly name this non-clinical role ("school counselor"):
   * a provider introduced with one of them is not flagged.
   */
  readonly honestTitles?: readonly string[];
};

export type Service = {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Treatment models a provider must be trained in, besides holding a qualifying credential. */
  readonly requiresTrainingIn?: readonly string[];
  /** No credential is required: anyone delivering it covers it. */
  readonly openToAnyProvider?: boolean;
  readonly articleSlug: string;
  readonly sources: readonly Source[];
  readonly variesByState?: string;
  readonly unverified?: string;
};

export type Need = {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly services: readonly string[];
  /** Services called for only in some cases ("where indicated"). */
  readonly servicesWhereIndicated?: readonly string[];
  /** A need that makes a missing safety plan a safety gap. */
  readonly safetyRelevant: boolean;
  readonly sources: readonly Source[];
  readonly unverified?: string;
};

export type TreatmentModel = {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** An evidence-based trauma treatment (qualifies a therapist for trauma-treatment). */
  readonly trauma: boolean;
};

export type Question = { readonly id: string; readonly text: string; readonly why: string };
