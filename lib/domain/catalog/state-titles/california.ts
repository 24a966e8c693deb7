import { associateServices, fromAPlan, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const bbs = citeNational("California BBS registration; CAMFT 'Supervised Experience'; AB 2117 (2018) digest");
const mhrsRule = citeNational("9 CCR §630 (quoted in a secondary source)");
const peerRule = citeNational("SB 803; W&I Code §14045.14; CalMHSA peer certification");

const associate = (family: string, nuccCode: string) =>
  ({
    family,
    kind: "registration",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    services: associateServices,
    nuccCode,
    sources: [bbs],
  }) as const;

export const californiaTitles: readonly StateTitle[] = [
  stateTitle(
    "CA",
    "asw",
    { ...associate("lcsw", "1041C0700X"), aliases: ["asw"], searchTerms: ["associate clinical social worker"] },
    {
      label: "Associate Clinical Social Worker (California)",
      abbreviation: "ASW",
      description:
        "A social worker with a master's degree registered with the state board while working toward the LCSW: therapy only under a supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social clínico asociado, California (ASW)",
      abbreviation: "ASW",
      description:
        "Un trabajador social con maestría registrado ante la junta estatal en camino a la licencia LCSW: terapia solo bajo un supervisor.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "CA",
    "amft",
    {
      ...associate("lmft", "106H00000X"),
      aliases: ["amft", "mft-associate"],
      searchTerms: ["associate marriage and family therapist", "MFT intern"],
    },
    {
      label: "Associate Marriage and Family Therapist (California)",
      abbreviation: "AMFT",
      description:
        "A family therapist with a master's degree registered while collecting 3,000 supervised hours toward the LMFT: therapy only under a supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Terapeuta matrimonial y familiar asociado, California (AMFT)",
      abbreviation: "AMFT",
      description:
        "Un terapeuta familiar con maestría registrado mientras reúne 3,000 horas supervisadas para la licencia LMFT: terapia solo bajo un supervisor.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "CA",
    "apcc",
    {
      ...associate("lpc", "101YP2500X"),
      aliases: ["apcc", "lpc-associate"],
      searchTerms: ["associate professional clinical counselor"],
    },
    {
      label: "Associate Professional Clinical Counselor (California)",
      abbreviation: "APCC",
      description:
        "A counselor with a master's degree registered while working toward the LPCC: therapy only under a supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero clínico profesional asociado, California (APCC)",
      abbreviation: "APCC",
      description:
        "Un consejero con maestría registrado en camino a la licencia LPCC: terapia solo bajo un supervisor.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "CA",
    "mhrs",
    {
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [mhrsRule],
      searchTerms: ["mental health rehabilitation specialist", "rehab specialist"],
    },
    {
      label: "Mental Health Rehabilitation Specialist (California)",
      abbreviation: "MHRS",
      description:
        "In California county mental-health plans, staff with a bachelor's degree and years of experience who provide rehabilitation and skills services. Not psychotherapy.",
      cannot: LIMITS.paraprofessional.en,
      unverified:
        "Other routes to this role than a bachelor's degree and four years of experience are not confirmed: check locally.",
    },
    {
      label: "Especialista en rehabilitación de salud mental, California (MHRS)",
      abbreviation: "MHRS",
      description:
        "En los planes de salud mental de los condados de California, personal con título universitario y años de experiencia que da servicios de rehabilitación y habilidades. No es psicoterapia.",
      cannot: LIMITS.paraprofessional.es,
      unverified:
        "No están confirmadas otras vías a este puesto además del título universitario y cuatro años de experiencia: consúltelo localmente.",
    },
  ),
  stateTitle(
    "CA",
    "peer-support-specialist",
    {
      family: "peer-support",
      kind: "certification",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "peer-family-support": yes },
      nuccCode: "175T00000X",
      sources: [peerRule],
      searchTerms: ["Medi-Cal peer support specialist", "peer support", "CMPSS"],
    },
    {
      label: "Medi-Cal Peer Support Specialist (California)",
      abbreviation: "Peer Support Specialist",
      description:
        "A certified peer with lived experience who passed the state's certification exam: support, navigation and advocacy, not clinical care.",
      cannot: LIMITS.peer.en,
    },
    {
      label: "Especialista de apoyo entre pares de Medi-Cal, California (Peer Support Specialist)",
      abbreviation: "Especialista de apoyo entre pares",
      description:
        "Un compañero certificado con experiencia propia que aprobó el examen estatal: apoyo, orientación y defensa, no atención clínica.",
      cannot: LIMITS.peer.es,
    },
  ),
];
