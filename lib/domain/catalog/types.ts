import type { UsState } from "./us-states";

export type { UsState } from "./us-states";

/**
 * Where a catalog fact comes from, and when someone last checked it against the source. Each
 * citation carries its own date, at the precision the reference gives it ("2026-12" or "2026-11-25").
 */
export type Source = { readonly citation: string; readonly checkedOn: string };

/**
 * Where a title stands on the ladder: practices on its own (`independent`), before full licensure
 * under a named supervisor (`associate`), from someone else's plan (`paraprofessional`), a credential
 * a program grants (`program`), a degree that authorizes nothing by itself (`degree`).
 */
export type CredentialLevel = "independent" | "associate" | "paraprofessional" | "program" | "degree" | "unknown";

export type CredentialKind =
  | "license"
  /** Registered with a board to practice under supervision (an associate), not licensed to practice alone. */
  | "registration"
  | "certification"
  | "program-credential"
  | "degree"
  | "job-title"
  | "unknown";

/**
 * How a credential stands toward one service:
 * - `qualified`: it may deliver the service (a `note` says under what conditions, e.g. supervision);
 * - anything absent from `services` is not within its scope, and delivering it is a mismatch.
 */
export type Qualification = {
  readonly note?: string;
  /** Counts only with someone of this kind on the team or as supervisor (an RBT carries out a BCBA's plan: R1). */
  readonly requires?: "behavior-analyst";
  /** This service needs no supervisor even though the credential otherwise does (a New York LMSW coordinating care). */
  readonly withoutSupervisor?: true;
};

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
  /** The states whose title this is (upper case); empty for a national entry. */
  readonly states: readonly UsState[];
  readonly level: CredentialLevel;
  /** Counts only with a supervisor who is qualified for the same service (R3, R4). */
  readonly requiresSupervisor: boolean;
  /** The national entry (a credential id) this state title belongs to; national entries name themselves. */
  readonly family?: string;
  /** Why a state title maps to no national family (set when `family` is absent). */
  readonly familyNote?: string;
  /** Other ids and short forms that resolve to this entry (Oregon's old unscoped ids, "QMHP-A"). */
  readonly aliases?: readonly string[];
  /** Words a parent may type to find it ("skills trainer", "BHT"). */
  readonly searchTerms?: readonly string[];
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
  /**
   * Other ways this need meets a service it calls for: a qualified provider trained in `model`
   * delivering one of `through` (sexualized behavior: PSB-CBT with caregivers meets trauma treatment).
   */
  readonly metAlsoBy?: readonly {
    readonly serviceId: string;
    readonly model: string;
    readonly through: readonly string[];
  }[];
  readonly sources: readonly Source[];
  readonly unverified?: string;
};

export type TreatmentModel = {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** An evidence-based trauma treatment (qualifies a therapist for trauma-treatment). */
  readonly trauma: boolean;
  /** The ages (in years, inclusive) the model was built and tested for. */
  readonly ages: { readonly min: number; readonly max: number };
  /** The catalog services a provider trained in it delivers through it. */
  readonly services: readonly string[];
  readonly sources: readonly Source[];
  readonly unverified?: string;
};

export type Question = { readonly id: string; readonly text: string; readonly why: string };
