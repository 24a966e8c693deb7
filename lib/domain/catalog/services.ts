import { SOURCES } from "./sources";
import type { Service } from "./types";

export const services: readonly Service[] = [
  {
    id: "diagnostic-assessment",
    label: "Comprehensive diagnostic assessment",
    description:
      "A clinician gathers the child's history, observes and tests, and names what is going on (a diagnosis) so that treatment can be chosen on purpose.",
    articleSlug: "licensed-clinicians-who-does-what",
    sources: [SOURCES.qmhRule, SOURCES.counselorsAndTherapists],
  },
  {
    id: "psych-testing",
    label: "Psychological or neuropsychological testing",
    description:
      "Standardized tests of thinking, learning, attention and emotion, scored and interpreted by a psychologist.",
    articleSlug: "licensed-clinicians-who-does-what",
    sources: [SOURCES.psychologistStatute, SOURCES.schoolLicensure],
    variesByState: "Whether school psychologists' testing counts beyond educational eligibility varies by state.",
  },
  {
    id: "individual-therapy",
    label: "Individual psychotherapy",
    description:
      "Regular sessions with a therapist who uses a clinical method to treat what the assessment found, not only to support or cheer the child on.",
    articleSlug: "qmha-vs-qmhp",
    sources: [SOURCES.qmhRule, SOURCES.socialWorkStatute, SOURCES.counselorsAndTherapists],
  },
  {
    id: "family-therapy",
    label: "Family therapy",
    description:
      "Therapy with the family together, working on how its members relate and respond to each other, led by a clinician trained to do it.",
    articleSlug: "family-therapy-and-parent-support",
    sources: [SOURCES.counselorsAndTherapists, SOURCES.qmhRule],
  },
  {
    id: "trauma-treatment",
    label: "Evidence-based trauma treatment",
    description:
      "A structured treatment proven to help children heal from trauma, such as TF-CBT, CPP for children up to 5, or EMDR. It needs a therapist who is both clinically qualified and trained in a trauma-focused model; being trauma-informed is not the same thing, and PCIT is parent coaching, not trauma treatment.",
    requiresTrainingIn: ["tf-cbt", "cpp", "emdr"],
    articleSlug: "trauma-informed-vs-trauma-treatment",
    sources: [SOURCES.aacapPtsd, SOURCES.tfCbt, SOURCES.cpp, SOURCES.pcit],
  },
  {
    id: "medication-management",
    label: "Medication management",
    description:
      "Deciding whether medication would help, prescribing it, and following up on effects and side effects.",
    articleSlug: "licensed-clinicians-who-does-what",
    sources: [SOURCES.programDefinitions, SOURCES.nursePractitioners],
  },
  {
    id: "medical-monitoring",
    label: "Medical monitoring",
    description:
      "A doctor or other medical clinician checks the child's body along with the mind: weight, heart rate, lab tests and growth, as an eating disorder requires.",
    articleSlug: "who-prescribes-medication",
    sources: [SOURCES.aapEating],
  },
  {
    id: "safety-planning",
    label: "Crisis and safety planning",
    description:
      "A written plan, made with the child and family, of warning signs, what to do, who to call and how to keep the home safe when a crisis comes.",
    articleSlug: "safety-planning",
    sources: [SOURCES.qmhRule, SOURCES.samhsaSafety, SOURCES.wraparound],
  },
  {
    id: "substance-use-treatment",
    label: "Substance-use treatment",
    description:
      "Assessment and counseling for alcohol or drug use, often with the family involved, and medication where a prescriber adds it.",
    articleSlug: "behavior-school-and-substance-use-specialists",
    sources: [SOURCES.mhacbo, SOURCES.aacapSud],
  },
  {
    id: "behavior-plan",
    label: "Behavior support plan or ABA",
    description:
      "A plan built on a functional assessment of why a behavior happens, with specific steps for home and school, designed by a behavior analyst.",
    articleSlug: "behavior-school-and-substance-use-specialists",
    sources: [SOURCES.behaviorAnalysis],
  },
  {
    id: "skills-training",
    label: "Skills training",
    description:
      "Coaching and practice of everyday skills: calming down, handling conflict, communicating, daily routines. Helpful support, but not therapy.",
    articleSlug: "what-is-a-qmha",
    sources: [SOURCES.programDefinitions, SOURCES.qmhRule],
  },
  {
    id: "care-coordination",
    label: "Case management and care coordination",
    description:
      "Someone who links the family to services, keeps the team talking and plans transitions such as a hospital discharge.",
    articleSlug: "wraparound-and-iibht-oregon",
    sources: [SOURCES.programDefinitions, SOURCES.wraparound],
  },
  {
    id: "peer-family-support",
    label: "Peer, family or youth support",
    description:
      "Support from someone who has lived it: mentoring parents or youth, helping navigate systems and speaking up in meetings.",
    articleSlug: "peer-family-youth-support",
    sources: [SOURCES.traditionalHealthWorkers],
  },
  {
    id: "parent-training",
    label: "Parent training (PMT, PCIT)",
    description:
      "A clinician teaches and coaches parents in specific, proven ways to respond to a child's behavior. Non-clinical skills coaching on parent–child interaction is not the same thing.",
    articleSlug: "family-therapy-and-parent-support",
    sources: [SOURCES.aapAdhd, SOURCES.qmhRule],
  },
  {
    id: "school-supports",
    label: "School supports (IEP or 504 plan)",
    description: "Evaluations, accommodations and services at school, set down in an IEP or a 504 plan.",
    articleSlug: "behavior-school-and-substance-use-specialists",
    sources: [SOURCES.schoolLicensure],
  },
  {
    id: "respite",
    label: "Respite",
    description:
      "Planned breaks for the family: someone trusted cares for the child for a while so parents and siblings can rest.",
    openToAnyProvider: true,
    articleSlug: "family-therapy-and-parent-support",
    sources: [SOURCES.projectReference],
    unverified: "No credential requirement was found for respite providers: check locally.",
  },
];
