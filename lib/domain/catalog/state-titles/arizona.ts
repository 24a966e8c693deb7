import { associateServices, fromAPlan, supervised } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const facilityRules = citeNational("A.A.C. R9-22-1201; R9-10-101; R9-20-201");
const boardRule = citeNational("A.A.C. R4-6-210");

const associate = (family: string) =>
  ({
    family,
    kind: "license",
    level: "associate",
    requiresSupervisor: true,
    clinical: true,
    licensed: true,
    services: associateServices,
    sources: [boardRule],
  }) as const;

export const arizonaTitles: readonly StateTitle[] = [
  stateTitle(
    "AZ",
    "bht",
    {
      aliases: ["bht"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [facilityRules],
      searchTerms: ["behavioral health technician"],
    },
    {
      label: "Behavioral Health Technician (Arizona)",
      abbreviation: "BHT",
      description:
        "In Arizona, staff of a licensed behavioral-health facility who provide services under the clinical oversight of a behavioral health professional. The employer sets the training; there is no state license.",
      cannot: LIMITS.paraprofessional.en,
      variesByState: "BHT means a different job in Arizona, Pennsylvania and Virginia, and is not an ABA technician.",
    },
    {
      label: "Técnico de salud conductual, Arizona (BHT)",
      abbreviation: "BHT",
      description:
        "En Arizona, personal de un centro de salud conductual con licencia que da servicios bajo la supervisión clínica de un profesional de salud conductual. El empleador fija la capacitación; no hay licencia estatal.",
      cannot: LIMITS.paraprofessional.es,
      variesByState: "BHT significa un trabajo distinto en Arizona, Pensilvania y Virginia, y no es un técnico de ABA.",
    },
  ),
  stateTitle(
    "AZ",
    "bhpp",
    {
      aliases: ["bhpp"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan },
      sources: [facilityRules],
      searchTerms: ["behavioral health paraprofessional"],
    },
    {
      label: "Behavioral Health Paraprofessional (Arizona)",
      abbreviation: "BHPP",
      description:
        "In Arizona, staff who work under closer supervision by a behavioral health professional than a BHT. The employer sets the training.",
      cannot: LIMITS.paraprofessional.en,
      unverified: "The rule defining this role was not confirmed: check locally.",
    },
    {
      label: "Paraprofesional de salud conductual, Arizona (BHPP)",
      abbreviation: "BHPP",
      description:
        "En Arizona, personal que trabaja bajo una supervisión más cercana de un profesional de salud conductual que un BHT. El empleador fija la capacitación.",
      cannot: LIMITS.paraprofessional.es,
      unverified: "No está confirmada la regla que define este puesto: consúltelo localmente.",
    },
  ),
  stateTitle(
    "AZ",
    "lac",
    { ...associate("lpc"), aliases: ["lac"], searchTerms: ["licensed associate counselor"] },
    {
      label: "Licensed Associate Counselor (Arizona)",
      abbreviation: "LAC",
      description:
        "An Arizona counselor with a master's degree who provides therapy under supervision, not independently.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero asociado con licencia, Arizona (LAC)",
      abbreviation: "LAC",
      description: "Un consejero de Arizona con maestría que da terapia bajo supervisión, no por su cuenta.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "AZ",
    "lmsw",
    { ...associate("lcsw"), aliases: ["lmsw"], searchTerms: ["licensed master social worker"] },
    {
      label: "Licensed Master Social Worker (Arizona)",
      abbreviation: "LMSW",
      description:
        "An Arizona social worker with a master's degree who provides therapy under supervision, not independently.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social con maestría y licencia, Arizona (LMSW)",
      abbreviation: "LMSW",
      description: "Un trabajador social de Arizona con maestría que da terapia bajo supervisión, no por su cuenta.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "AZ",
    "lbsw",
    {
      ...associate("lcsw"),
      aliases: ["lbsw"],
      services: { "care-coordination": supervised, "skills-training": supervised },
      searchTerms: ["licensed baccalaureate social worker"],
    },
    {
      label: "Licensed Baccalaureate Social Worker (Arizona)",
      abbreviation: "LBSW",
      description: "An Arizona social worker with a bachelor's degree who works under supervision.",
      cannot: LIMITS.associate.en,
      unverified: "What an LBSW may do under supervision beyond case work was not confirmed: check locally.",
    },
    {
      label: "Trabajador social con licenciatura y licencia, Arizona (LBSW)",
      abbreviation: "LBSW",
      description: "Un trabajador social de Arizona con título universitario que trabaja bajo supervisión.",
      cannot: LIMITS.associate.es,
      unverified:
        "No está confirmado lo que un LBSW puede hacer bajo supervisión además del trabajo de casos: consúltelo localmente.",
    },
  ),
  stateTitle(
    "AZ",
    "lamft",
    { ...associate("lmft"), aliases: ["lamft"], searchTerms: ["licensed associate marriage and family therapist"] },
    {
      label: "Licensed Associate Marriage and Family Therapist (Arizona)",
      abbreviation: "LAMFT",
      description: "An Arizona family therapist with a master's degree who provides therapy under supervision.",
      cannot: LIMITS.associate.en,
      unverified: "Arizona's associate family-therapy title was not confirmed in the rules: check locally.",
    },
    {
      label: "Terapeuta matrimonial y familiar asociado con licencia, Arizona (LAMFT)",
      abbreviation: "LAMFT",
      description: "Un terapeuta familiar de Arizona con maestría que da terapia bajo supervisión.",
      cannot: LIMITS.associate.es,
      unverified:
        "El título de asociado en terapia familiar de Arizona no está confirmado en las reglas: consúltelo localmente.",
    },
  ),
];
