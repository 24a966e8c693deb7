import type { Qualification } from "./types";

// The ways a credential may stand toward a service, shared by the national, Oregon and state
// entries. A note is the parent's caveat; the engine reads `requiresSupervisor` on the credential
// and `requires` here, never the note.

export const yes: Qualification = {};
export const supervised: Qualification = { note: "under a licensed clinician's supervision" };
export const inProgram: Qualification = { note: "inside a state-certified program" };
export const withSudTraining: Qualification = { note: "with substance-use training, inside a certified program" };
// Table 2 of the reference names only QMHA-level staff for these; a licensed clinician's scope is
// broader, so one doing them is not a mismatch.
export const withinBroaderScope: Qualification = { note: "within a broader clinical scope" };
export const fromAPlan: Qualification = { note: "carries out a clinician's plan, under supervision" };
export const fromAnalystPlan: Qualification = {
  note: "carries out a plan a behavior analyst designed",
  requires: "behavior-analyst",
};
/** An assistant behavior analyst's work counts with a behavior analyst over it (R1). */
export const underAnalyst: Qualification = {
  note: "under a behavior analyst's supervision",
  requires: "behavior-analyst",
};
export const asCaseManager: Qualification = { note: "as a case manager" };

/** What every licensed, independent therapist may do (trauma treatment still needs a trauma model). */
export const therapistServices = {
  "diagnostic-assessment": yes,
  "individual-therapy": yes,
  "family-therapy": yes,
  "trauma-treatment": yes,
  "safety-planning": yes,
  "parent-training": yes,
  "skills-training": withinBroaderScope,
  "care-coordination": withinBroaderScope,
  "substance-use-treatment": withSudTraining,
} as const;

/** The same therapy scope, exercised under a named supervisor before full licensure (R3). */
export const associateServices = {
  "diagnostic-assessment": supervised,
  "individual-therapy": supervised,
  "family-therapy": supervised,
  "trauma-treatment": supervised,
  "safety-planning": supervised,
  "parent-training": supervised,
  "skills-training": withinBroaderScope,
  "care-coordination": withinBroaderScope,
} as const;

/** Rehabilitation work from a clinician's plan (R4): never therapy, trauma treatment or diagnosis. */
export const rehabServices = {
  "skills-training": fromAPlan,
  "care-coordination": fromAPlan,
} as const;

export const PARAPROFESSIONAL_LIMITS = [
  "cannot diagnose or make clinical assessments",
  "cannot provide psychotherapy, trauma treatment or family therapy",
  "works from a clinician's plan, under supervision",
];

export const ASSOCIATE_LIMITS = ["cannot practice independently: only under a named, licensed supervisor"];
