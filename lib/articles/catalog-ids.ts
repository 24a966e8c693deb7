// The catalog ids an article may name. Kept in one place so that, once lib/domain/catalog lands,
// only this file changes.
export const credentialIds = [
  "qmha", "qmhp", "peer-support", "skills-trainer", "case-manager", "wraparound-coordinator", "msw",
  "lmsw", "cswa", "lcsw", "lpc", "lpc-associate", "lmft", "mft-associate", "psychologist", "psychiatrist",
  "pmhnp", "bcba", "rbt", "school-psychologist", "school-counselor", "cadc", "unknown",
] as const;

export const serviceIds = [
  "diagnostic-assessment", "psych-testing", "individual-therapy", "family-therapy", "trauma-treatment",
  "medication-management", "safety-planning", "substance-use-treatment", "behavior-plan", "skills-training",
  "care-coordination", "peer-family-support", "parent-training", "school-supports", "respite",
] as const;

export const needIds = [
  "trauma", "aggression", "school-refusal", "substance-use", "screen-overuse", "sexualized-behavior",
  "neurodivergent-overwhelm", "self-harm", "psychosis", "eating-disorder", "family-stress",
] as const;
