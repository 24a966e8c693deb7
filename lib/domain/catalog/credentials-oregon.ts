import { ASSOCIATE_LIMITS, associateServices, inProgram, PARAPROFESSIONAL_LIMITS, yes } from "./qualifications";
import { SOURCES } from "./sources";
import type { Credential } from "./types";

// Oregon's own titles (reference.md Table 1). They were the whole catalog before it went national,
// so their old unscoped ids (`qmha`, `qmhp`, …) stay as aliases: stored providers keep working.

const oregon = { states: ["OR"] } as const;

const QMHA_LIMITS = [
  ...PARAPROFESSIONAL_LIMITS,
  "cannot write a safety plan (may screen for risk and step in at once)",
  "cannot treat substance use or sexualized behavior",
  "cannot prescribe",
];

export const oregonCredentials: readonly Credential[] = [
  {
    ...oregon,
    id: "or:qmha",
    aliases: ["qmha"],
    familyNote:
      "A program paraprofessional role: it belongs to no national license family. It works from a clinician's plan.",
    label: "Qualified Mental Health Associate",
    abbreviation: "QMHA",
    kind: "program-credential",
    level: "paraprofessional",
    requiresSupervisor: true,
    clinical: false,
    licensed: false,
    description:
      "A paraprofessional, usually with a bachelor's degree or equivalent experience, who works under a QMHP's direct supervision. A QMHA builds rapport, teaches and practices skills, runs behavior charts and goals, and helps coordinate care. It is not a clinical license, and a QMHA does not provide therapy.",
    services: { "skills-training": yes, "care-coordination": yes },
    cannot: QMHA_LIMITS,
    articleSlug: "what-is-a-qmha",
    sources: [SOURCES.qmhRule, SOURCES.programDefinitions, SOURCES.mhacbo],
    searchTerms: ["qualified mental health associate", "behavioral health associate", "QMHA-R", "QMHA-I"],
    variesByState: "QMHA is an Oregon program credential; other states use other names for this role.",
  },
  {
    ...oregon,
    id: "or:qmhp",
    aliases: ["qmhp"],
    familyNote:
      "A credential an Oregon program grants to graduate-level staff, licensed or not: it belongs to no single national license family.",
    label: "Qualified Mental Health Professional (Oregon)",
    abbreviation: "QMHP",
    kind: "program-credential",
    level: "program",
    requiresSupervisor: false,
    clinical: true,
    licensed: false,
    description:
      "In Oregon, someone with a graduate degree in a mental-health field (or a nurse or occupational therapist with a license) working in a certified program. A QMHP may assess, diagnose, write safety and service plans and provide individual, group and family treatment, even before full licensure.",
    services: {
      "diagnostic-assessment": inProgram,
      "individual-therapy": inProgram,
      "family-therapy": inProgram,
      "trauma-treatment": inProgram,
      "safety-planning": yes,
      "parent-training": inProgram,
      "skills-training": yes,
      "care-coordination": yes,
    },
    cannot: [
      "cannot prescribe",
      "may bill Medicaid only inside a certified program",
      "psychological testing is not part of the role",
    ],
    articleSlug: "qmha-vs-qmhp",
    sources: [SOURCES.qmhRule, SOURCES.medicaidProviders],
    searchTerms: ["qualified mental health professional", "QMHP-R", "QMHP-C"],
    variesByState:
      "In Oregon a QMHP has a graduate degree; in Texas and Virginia a QMHP has a bachelor's degree and provides no therapy.",
  },
  {
    ...oregon,
    id: "or:skills-trainer",
    aliases: ["skills-trainer"],
    familyNote:
      "A program paraprofessional role: it belongs to no national license family. It works from a clinician's plan.",
    label: "Skills trainer",
    abbreviation: "Skills trainer",
    kind: "job-title",
    level: "paraprofessional",
    requiresSupervisor: true,
    clinical: false,
    licensed: false,
    description:
      "A job title, not a credential. The person is usually a QMHA who coaches skills such as handling anger and stress, resolving conflict, parent–child interaction and daily living, under a QMHP's supervision.",
    services: { "skills-training": yes },
    cannot: QMHA_LIMITS,
    articleSlug: "what-is-a-qmha",
    sources: [SOURCES.programDefinitions],
    searchTerms: ["skills trainer", "skills coach", "behavior coach", "entrenador de habilidades"],
  },
  {
    ...oregon,
    id: "or:lmsw",
    aliases: ["lmsw"],
    familyNote:
      "Oregon's LMSW is a non-clinical social-work license; none of the national families (all clinical or degree-only) matches it.",
    label: "Licensed Master Social Worker (Oregon)",
    abbreviation: "LMSW",
    kind: "license",
    level: "independent",
    requiresSupervisor: false,
    clinical: false,
    licensed: true,
    description:
      "In Oregon, a licensed social worker with a master's degree practicing non-clinical social work: assessment, planning, case management and supportive counseling.",
    services: { "care-coordination": yes },
    cannot: ["cannot diagnose", "cannot provide psychotherapy"],
    nuccCode: "104100000X",
    articleSlug: "social-work-degree-vs-license",
    sources: [SOURCES.socialWorkStatute, SOURCES.medicaidProviders],
    variesByState:
      "In New York an LMSW may provide therapy under supervision; in Michigan the clinical LMSW is independent.",
  },
  {
    ...oregon,
    id: "or:cswa",
    aliases: ["cswa"],
    family: "lcsw",
    label: "Clinical Social Work Associate",
    abbreviation: "CSWA",
    kind: "certification",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    description:
      "A social worker with an MSW on the way to the LCSW: may diagnose and provide psychotherapy while under clinical supervision, collecting thousands of practice hours.",
    services: associateServices,
    cannot: [...ASSOCIATE_LIMITS, "cannot prescribe"],
    nuccCode: "1041C0700X",
    articleSlug: "social-work-degree-vs-license",
    sources: [SOURCES.cswaRule],
    searchTerms: ["clinical social work associate", "social work associate"],
  },
  {
    ...oregon,
    id: "or:lpc-associate",
    aliases: ["lpc-associate"],
    family: "lpc",
    label: "Professional Counselor Associate",
    abbreviation: "LPC Associate",
    kind: "registration",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    description:
      "A counselor registered with the board as an associate while completing supervised hours toward the LPC: may counsel, assess and provide psychotherapy, including family sessions, under supervision.",
    services: associateServices,
    cannot: [...ASSOCIATE_LIMITS, "cannot prescribe"],
    nuccCode: "101YP2500X",
    articleSlug: "licensed-clinicians-who-does-what",
    sources: [SOURCES.counselorsAndTherapists],
    searchTerms: ["counselor associate", "LPC-A", "LPCA"],
  },
  {
    ...oregon,
    id: "or:mft-associate",
    aliases: ["mft-associate"],
    family: "lmft",
    label: "Marriage and Family Therapist Associate",
    abbreviation: "MFT Associate",
    kind: "registration",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    description:
      "A therapist registered with the board as an associate while working toward the LMFT: individual, couple and family therapy under supervision.",
    services: associateServices,
    cannot: [...ASSOCIATE_LIMITS, "cannot prescribe"],
    nuccCode: "106H00000X",
    articleSlug: "licensed-clinicians-who-does-what",
    sources: [SOURCES.counselorsAndTherapists],
    searchTerms: ["MFT associate", "MFTA", "marriage and family therapist associate"],
  },
  {
    ...oregon,
    id: "or:cadc",
    aliases: ["cadc"],
    family: "substance-use-counselor",
    label: "Certified Alcohol and Drug Counselor",
    abbreviation: "CADC",
    kind: "certification",
    level: "independent",
    requiresSupervisor: false,
    clinical: false,
    licensed: false,
    description:
      "A certified addiction counselor (levels I to III rise with education): substance-use assessment, counseling that can include the family, and safety plans around substance use.",
    services: { "substance-use-treatment": yes, "safety-planning": { note: "around substance use" } },
    cannot: ["cannot prescribe", "mental-health diagnosis is outside the role (inferred)"],
    nuccCode: "101YA0400X",
    honestTitles: [
      "alcohol and drug counselor",
      "drug and alcohol counselor",
      "addiction counselor",
      "substance use counselor",
      "cadc",
      "consejero de alcohol y drogas",
      "consejera de alcohol y drogas",
      "consejero de adicciones",
      "consejera de adicciones",
    ],
    articleSlug: "behavior-school-and-substance-use-specialists",
    sources: [SOURCES.mhacbo],
    searchTerms: ["CADC-I", "CADC-II", "CADC-III", "CADC-R", "alcohol and drug counselor"],
  },
];

/**
 * Oregon's old unscoped ids and the titles they became (`qmha` → `or:qmha`): what a migration of
 * stored providers rewrites. Ids not listed here (`lcsw`, `bcba` …) were national and stay.
 */
export const OREGON_LEGACY_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  oregonCredentials.flatMap((entry) => (entry.aliases ?? []).map((alias) => [alias, entry.id])),
);
