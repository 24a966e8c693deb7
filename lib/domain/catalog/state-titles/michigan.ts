import { associateServices, therapistServices, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, stateTitle, type StateTitle } from "./build";

const socialWork = citeNational("Michigan LARA LLMSW FAQ; Board of Social Work rules");
const counseling = citeNational("Michigan Board of Counseling rules R338.1751 ff (secondary)");
const psychology = citeNational("Michigan Board of Psychology (secondary)");

export const michiganTitles: readonly StateTitle[] = [
  stateTitle(
    "MI",
    "lmsw-clinical",
    {
      aliases: ["lmsw-c"],
      family: "lcsw",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: true,
      licensed: true,
      services: { ...therapistServices, "care-coordination": yes },
      nuccCode: "1041C0700X",
      sources: [socialWork],
      searchTerms: ["LMSW clinical", "clinical social worker"],
    },
    {
      label: "Licensed Master Social Worker, clinical (Michigan)",
      abbreviation: "LMSW-clinical",
      description:
        "Michigan's independent clinical social-work license, earned after 4,000 supervised hours as an LLMSW: diagnosis and therapy.",
      cannot: LIMITS.independent.en,
      variesByState: "In Michigan the clinical LMSW is independent; in Oregon and New York an LMSW is not.",
    },
    {
      label: "Trabajador social clínico con maestría y licencia, Michigan (LMSW-clinical)",
      abbreviation: "LMSW-clinical",
      description:
        "La licencia independiente de trabajo social clínico de Michigan, que se obtiene tras 4,000 horas supervisadas como LLMSW: diagnóstico y terapia.",
      cannot: LIMITS.independent.es,
      variesByState: "En Michigan el LMSW clínico trabaja por su cuenta; en Oregón y Nueva York un LMSW no.",
    },
  ),
  stateTitle(
    "MI",
    "lmsw-macro",
    {
      aliases: ["lmsw"],
      familyNote:
        "Michigan's macro designation is non-clinical social work (planning, administration); no national family in this catalog covers it.",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: false,
      licensed: true,
      services: { "care-coordination": yes },
      nuccCode: "104100000X",
      sources: [socialWork],
      searchTerms: ["LMSW macro"],
    },
    {
      label: "Licensed Master Social Worker, macro (Michigan)",
      abbreviation: "LMSW-macro",
      description:
        "Michigan's non-clinical social-work license: community work, planning and case management, not therapy. Ask whether an LMSW holds the clinical or the macro designation.",
      cannot: ["cannot diagnose", "cannot provide psychotherapy"],
    },
    {
      label: "Trabajador social con maestría y licencia, macro, Michigan (LMSW-macro)",
      abbreviation: "LMSW-macro",
      description:
        "La licencia de trabajo social no clínico de Michigan: trabajo comunitario, planificación y administración de casos, no terapia. Pregunte si un LMSW tiene la designación clínica o la macro.",
      cannot: ["no puede diagnosticar", "no puede dar psicoterapia"],
    },
  ),
  stateTitle(
    "MI",
    "llmsw",
    {
      aliases: ["llmsw"],
      family: "lcsw",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      sources: [socialWork],
      searchTerms: ["limited licensed master social worker"],
    },
    {
      label: "Limited Licensed Master Social Worker (Michigan)",
      abbreviation: "LLMSW",
      description: "A Michigan social worker with an MSW practicing under supervision toward the full LMSW.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social con maestría y licencia limitada, Michigan (LLMSW)",
      abbreviation: "LLMSW",
      description:
        "Un trabajador social de Michigan con MSW que ejerce bajo supervisión en camino a la licencia LMSW completa.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "MI",
    "llpc",
    {
      aliases: ["llpc"],
      family: "lpc",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "101YP2500X",
      sources: [counseling],
      searchTerms: ["limited licensed professional counselor"],
    },
    {
      label: "Limited Licensed Professional Counselor (Michigan)",
      abbreviation: "LLPC",
      description:
        "A Michigan counselor with a master's degree collecting 3,000 hours and 100 hours of supervision toward the LPC: therapy under supervision.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero profesional con licencia limitada, Michigan (LLPC)",
      abbreviation: "LLPC",
      description:
        "Un consejero de Michigan con maestría que reúne 3,000 horas y 100 horas de supervisión para la licencia LPC: terapia bajo supervisión.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "MI",
    "llp",
    {
      aliases: ["llp", "tllp"],
      family: "psychologist",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      sources: [psychology],
      searchTerms: ["limited licensed psychologist", "TLLP", "temporary limited licensed psychologist"],
    },
    {
      label: "Limited Licensed Psychologist (Michigan)",
      abbreviation: "LLP",
      description:
        "A Michigan psychologist with a master's degree who assesses and provides therapy under a licensed psychologist's supervision (TLLP while in training).",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Psicólogo con licencia limitada, Michigan (LLP)",
      abbreviation: "LLP",
      description:
        "Un psicólogo de Michigan con maestría que evalúa y da terapia bajo la supervisión de un psicólogo con licencia (TLLP durante la formación).",
      cannot: LIMITS.associate.es,
    },
  ),
];
