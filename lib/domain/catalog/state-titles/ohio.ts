import { associateServices, fromAPlan, therapistServices, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const boardRules = citeNational("OAC chapter 4757; OAC 4757-17-01");
const qbhsRule = citeNational("OAC 5122-29-30(C)(D)");

export const ohioTitles: readonly StateTitle[] = [
  stateTitle(
    "OH",
    "lpc",
    {
      // No alias: "LPC", its short form, already makes an Ohio family's `lpc` this title (R11).
      family: "lpc",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "101YP2500X",
      sources: [boardRules],
      searchTerms: ["licensed professional counselor Ohio"],
    },
    {
      label: "Licensed Professional Counselor (Ohio)",
      abbreviation: "LPC",
      description:
        "In Ohio the LPC is the first counseling license: the counselor may diagnose and treat only under clinical supervision, until they earn the independent LPCC.",
      cannot: LIMITS.associate.en,
      variesByState: "In most states an LPC practices independently; in Ohio only the LPCC does.",
    },
    {
      label: "Consejero profesional con licencia, Ohio (LPC)",
      abbreviation: "LPC",
      description:
        "En Ohio la LPC es la primera licencia de consejería: el consejero puede diagnosticar y tratar solo bajo supervisión clínica, hasta obtener la LPCC independiente.",
      cannot: LIMITS.associate.es,
      variesByState: "En la mayoría de los estados un LPC ejerce por su cuenta; en Ohio solo el LPCC.",
    },
  ),
  stateTitle(
    "OH",
    "lpcc",
    {
      aliases: ["lpcc", "lpcc-s"],
      family: "lpc",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: true,
      licensed: true,
      services: therapistServices,
      nuccCode: "101YP2500X",
      sources: [boardRules],
      searchTerms: ["licensed professional clinical counselor", "LPCC-S"],
    },
    {
      label: "Licensed Professional Clinical Counselor (Ohio)",
      abbreviation: "LPCC",
      description: "Ohio's independent counseling license: diagnosis and therapy; with the -S, also supervision.",
      cannot: LIMITS.independent.en,
      unverified:
        "The details of Ohio's counselor and social-work licenses beyond the supervision rule were not confirmed.",
    },
    {
      label: "Consejero clínico profesional con licencia, Ohio (LPCC)",
      abbreviation: "LPCC",
      description:
        "La licencia de consejería independiente de Ohio: diagnóstico y terapia; con la -S, también supervisión.",
      cannot: LIMITS.independent.es,
      unverified:
        "No están confirmados los detalles de las licencias de consejería y trabajo social de Ohio más allá de la regla de supervisión.",
    },
  ),
  stateTitle(
    "OH",
    "lisw",
    {
      aliases: ["lisw", "lisw-s"],
      family: "lcsw",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: true,
      licensed: true,
      services: { ...therapistServices, "care-coordination": yes },
      nuccCode: "1041C0700X",
      sources: [boardRules],
      searchTerms: ["licensed independent social worker", "LISW-S"],
    },
    {
      label: "Licensed Independent Social Worker (Ohio)",
      abbreviation: "LISW",
      description:
        "Ohio's independent clinical social-work license: diagnosis and therapy; with the -S, also supervision.",
      cannot: LIMITS.independent.en,
      unverified:
        "The details of Ohio's counselor and social-work licenses beyond the supervision rule were not confirmed.",
    },
    {
      label: "Trabajador social independiente con licencia, Ohio (LISW)",
      abbreviation: "LISW",
      description:
        "La licencia independiente de trabajo social clínico de Ohio: diagnóstico y terapia; con la -S, también supervisión.",
      cannot: LIMITS.independent.es,
      unverified:
        "No están confirmados los detalles de las licencias de consejería y trabajo social de Ohio más allá de la regla de supervisión.",
    },
  ),
  stateTitle(
    "OH",
    "lsw",
    {
      aliases: ["lsw"],
      family: "lcsw",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: { ...associateServices, "care-coordination": { note: "as a case manager", withoutSupervisor: true } },
      nuccCode: "104100000X",
      sources: [boardRules],
      searchTerms: ["licensed social worker"],
    },
    {
      label: "Licensed Social Worker (Ohio)",
      abbreviation: "LSW",
      description:
        "An Ohio social worker who may coordinate care, and may do clinical work only under supervision on the way to the LISW.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social con licencia, Ohio (LSW)",
      abbreviation: "LSW",
      description:
        "Un trabajador social de Ohio que puede coordinar la atención, y hacer trabajo clínico solo bajo supervisión en camino a la licencia LISW.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "OH",
    "qbhs",
    {
      aliases: ["qbhs", "qmhs"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "program-credential",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [qbhsRule],
      searchTerms: ["qualified behavioral health specialist", "QMHS", "CPST worker"],
    },
    {
      label: "Qualified Behavioral Health Specialist (Ohio)",
      abbreviation: "QBHS",
      description:
        "Ohio staff qualified by demonstrated skills rather than a license who deliver CPST, therapeutic behavioral services, psychosocial rehabilitation and parts of in-home and day programs. They do nothing reserved to licensed clinicians.",
      cannot: LIMITS.paraprofessional.en,
      unverified: "Whether the older term QMHS means the same role was not confirmed.",
    },
    {
      label: "Especialista calificado en salud conductual, Ohio (QBHS)",
      abbreviation: "QBHS",
      description:
        "Personal de Ohio calificado por sus habilidades demostradas y no por una licencia, que da CPST, servicios conductuales terapéuticos, rehabilitación psicosocial y partes de programas en el hogar y de día. No hace nada reservado a clínicos con licencia.",
      cannot: LIMITS.paraprofessional.es,
      unverified: "No está confirmado que el término antiguo QMHS signifique el mismo puesto.",
    },
  ),
];
