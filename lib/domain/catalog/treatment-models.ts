import { SOURCES } from "./sources";
import type { TreatmentModel } from "./types";

// Treatment models a provider may be trained in (states.md §4). `trauma` says whether the model
// treats trauma itself: only those qualify a therapist for trauma treatment (R8). PCIT is parent
// coaching for disruptive behavior, and PSB-CBT only partly addresses trauma, so both are false.

export const treatmentModels: readonly TreatmentModel[] = [
  {
    id: "tf-cbt",
    label: "TF-CBT",
    description: "Trauma-focused cognitive behavioral therapy, for children and their caregivers together.",
    trauma: true,
    ages: { min: 3, max: 18 },
    services: ["trauma-treatment", "parent-training"],
    sources: [SOURCES.tfCbt],
  },
  {
    id: "cpp",
    label: "CPP",
    description:
      "Child–parent psychotherapy: trauma treatment for children up to 5, with the parent in every session, healing the bond between them.",
    trauma: true,
    ages: { min: 0, max: 5 },
    services: ["trauma-treatment", "parent-training"],
    sources: [SOURCES.cpp],
  },
  {
    id: "emdr",
    label: "EMDR",
    description: "Eye movement desensitization and reprocessing, a structured trauma therapy.",
    trauma: true,
    ages: { min: 2, max: 99 },
    services: ["trauma-treatment"],
    sources: [SOURCES.emdr],
    unverified: "The reference gives its ages only as children to adults: the lowest age is not confirmed.",
  },
  {
    id: "pcit",
    label: "PCIT",
    description:
      "Parent–child interaction therapy: a therapist coaches the parent live while they play with the child, for disruptive behavior. It is parent training, not trauma treatment.",
    trauma: false,
    ages: { min: 2, max: 7 },
    services: ["parent-training", "behavior-plan"],
    sources: [SOURCES.pcit],
  },
  {
    id: "psb-cbt",
    label: "PSB-CBT",
    description:
      "Cognitive behavioral treatment for problematic sexual behavior in children and teens; caregivers must take part.",
    trauma: false,
    ages: { min: 3, max: 18 },
    services: ["parent-training", "safety-planning", "individual-therapy"],
    sources: [SOURCES.psbCbt],
  },
  {
    id: "mst",
    label: "MST",
    description:
      "Multisystemic therapy: intensive help at home and in the community for teenagers with serious behavior problems.",
    trauma: false,
    ages: { min: 12, max: 17 },
    services: ["family-therapy", "parent-training"],
    sources: [SOURCES.mst],
  },
  {
    id: "fft",
    label: "FFT",
    description: "Functional family therapy: weekly family sessions for behavior and emotional problems in teenagers.",
    trauma: false,
    ages: { min: 11, max: 18 },
    services: ["family-therapy"],
    sources: [SOURCES.fft],
  },
  {
    id: "mdft",
    label: "MDFT",
    description: "Multidimensional family therapy: family-based treatment for a teenager's substance use.",
    trauma: false,
    ages: { min: 12, max: 18 },
    services: ["substance-use-treatment", "family-therapy"],
    sources: [SOURCES.mdft],
    unverified: "The reference says adolescents without an exact age band: 12 to 18 is an estimate.",
  },
  {
    id: "a-cra",
    label: "A-CRA",
    description:
      "Adolescent community reinforcement approach: substance-use treatment with sessions for the young person, the caregiver and both together.",
    trauma: false,
    ages: { min: 12, max: 24 },
    services: ["substance-use-treatment", "family-therapy"],
    sources: [SOURCES.acra],
  },
  {
    id: "dbt",
    label: "DBT",
    description: "Dialectical behavior therapy: skills for strong emotions, often used with self-harm.",
    trauma: false,
    ages: { min: 12, max: 99 },
    services: ["individual-therapy", "safety-planning"],
    sources: [SOURCES.dbtA],
  },
  {
    id: "dbt-a",
    label: "DBT-A",
    description:
      "Dialectical behavior therapy for adolescents: individual therapy, skills groups with the family and phone coaching, for self-harm and suicide attempts.",
    trauma: false,
    ages: { min: 12, max: 18 },
    services: ["individual-therapy", "safety-planning", "parent-training"],
    sources: [SOURCES.dbtA],
  },
  {
    id: "cbt",
    label: "CBT",
    description: "Cognitive behavioral therapy, including exposure work for anxiety.",
    trauma: false,
    ages: { min: 6, max: 99 },
    services: ["individual-therapy"],
    sources: [SOURCES.aacapAnxiety],
    unverified: "The reference gives no age band for CBT in general: 6 and up is an estimate.",
  },
  {
    id: "fbt",
    label: "FBT",
    description:
      "Family-based treatment (Maudsley) for eating disorders: parents lead the child's eating, with a therapist and medical checks alongside. The first choice for teenagers with anorexia.",
    trauma: false,
    ages: { min: 12, max: 18 },
    services: ["family-therapy"],
    sources: [SOURCES.fbt],
    unverified: "The reference says adolescents without an exact age band: 12 to 18 is an estimate.",
  },
  {
    id: "pmt",
    label: "PMT",
    description: "Parent management training.",
    trauma: false,
    ages: { min: 2, max: 17 },
    services: ["parent-training"],
    sources: [SOURCES.aapAdhd],
    unverified: "The reference gives no age band for PMT: 2 to 17 is an estimate.",
  },
  {
    id: "aba",
    label: "ABA",
    description: "Applied behavior analysis.",
    trauma: false,
    ages: { min: 0, max: 21 },
    services: ["behavior-plan"],
    sources: [SOURCES.bacbLicensure],
    unverified: "The reference gives no age band for ABA: 0 to 21 is an estimate.",
  },
];
