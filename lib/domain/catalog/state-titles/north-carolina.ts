import { associateServices, fromAPlan, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const staffRule = citeNational("10A NCAC 27G .0104, .1703; NCDHHS Qualified Professional initiative; H562 (2025)");
const counselorBoard = citeNational("ncblcmhc.org (LPC became LCMHC, effective 2021-01-01)");

export const northCarolinaTitles: readonly StateTitle[] = [
  stateTitle(
    "NC",
    "qp",
    {
      aliases: ["qp"],
      familyNote:
        "A North Carolina staff level set by education and experience, not a license: it belongs to no national license family.",
      kind: "program-credential",
      level: "program",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": yes, "care-coordination": yes },
      sources: [staffRule],
      searchTerms: ["qualified professional"],
    },
    {
      label: "Qualified Professional (North Carolina)",
      abbreviation: "QP",
      description:
        "In North Carolina, staff with a degree and mental-health experience who plan services, supervise associate professionals and paraprofessionals, and do skills work. A QP is not a license to provide therapy.",
      cannot: ["a QP level alone does not license therapy or diagnosis"],
      unverified:
        "The exact experience required (master's plus one year, or bachelor's plus two) was not confirmed: check locally.",
    },
    {
      label: "Profesional calificado, Carolina del Norte (QP)",
      abbreviation: "QP",
      description:
        "En Carolina del Norte, personal con título y experiencia en salud mental que planifica servicios, supervisa a profesionales asociados y paraprofesionales, y trabaja habilidades. Ser QP no es una licencia para dar terapia.",
      cannot: ["el nivel QP por sí solo no autoriza terapia ni diagnóstico"],
      unverified:
        "La experiencia exacta que se exige (maestría más un año, o título universitario más dos) no está confirmada: consúltelo localmente.",
    },
  ),
  stateTitle(
    "NC",
    "ap",
    {
      aliases: ["ap"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "program-credential",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [staffRule],
      searchTerms: ["associate professional"],
    },
    {
      label: "Associate Professional (North Carolina)",
      abbreviation: "AP",
      description:
        "North Carolina staff with a degree but less experience than a QP: deliver the plan day to day and may oversee paraprofessionals. Not clinical.",
      cannot: LIMITS.paraprofessional.en,
    },
    {
      label: "Profesional asociado, Carolina del Norte (AP)",
      abbreviation: "AP",
      description:
        "Personal de Carolina del Norte con título pero menos experiencia que un QP: aplica el plan día a día y puede supervisar a paraprofesionales. No es clínico.",
      cannot: LIMITS.paraprofessional.es,
    },
  ),
  stateTitle(
    "NC",
    "paraprofessional",
    {
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan },
      sources: [staffRule],
      searchTerms: ["para", "paraprofessional"],
    },
    {
      label: "Paraprofessional (North Carolina)",
      abbreviation: "Paraprofessional",
      description: "North Carolina staff who carry out the service plan under supervision. Not clinical.",
      cannot: LIMITS.paraprofessional.en,
      unverified: "The education required (high-school diploma or GED) was not confirmed: check locally.",
    },
    {
      label: "Paraprofesional, Carolina del Norte (Paraprofessional)",
      abbreviation: "Paraprofesional",
      description: "Personal de Carolina del Norte que aplica el plan de servicios bajo supervisión. No es clínico.",
      cannot: LIMITS.paraprofessional.es,
      unverified: "La educación exigida (diploma de secundaria o GED) no está confirmada: consúltelo localmente.",
    },
  ),
  stateTitle(
    "NC",
    "lcmhca",
    {
      aliases: ["lcmhca", "lpca"],
      family: "lpc",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "101YP2500X",
      sources: [counselorBoard],
      searchTerms: ["licensed clinical mental health counselor associate", "LPCA"],
    },
    {
      label: "Licensed Clinical Mental Health Counselor Associate (North Carolina)",
      abbreviation: "LCMHCA",
      description:
        "A counselor with a master's degree working toward the LCMHC (formerly LPCA): therapy only under a supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero clínico de salud mental asociado con licencia, Carolina del Norte (LCMHCA)",
      abbreviation: "LCMHCA",
      description:
        "Un consejero con maestría en camino a la licencia LCMHC (antes LPCA): terapia solo bajo un supervisor.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "NC",
    "lcas",
    {
      aliases: ["lcas", "lcasa"],
      family: "substance-use-counselor",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": yes, "safety-planning": { note: "around substance use" } },
      sources: [citeNational("states.md §2, North Carolina (no rule cited)")],
      searchTerms: ["licensed clinical addictions specialist", "LCASA"],
    },
    {
      label: "Licensed Clinical Addictions Specialist (North Carolina)",
      abbreviation: "LCAS",
      description: "A licensed substance-use specialist: assessment and treatment of substance use.",
      cannot: LIMITS.substanceUse.en,
      unverified: "The scope of the LCAS and its associate (LCASA) was not confirmed: check locally.",
    },
    {
      label: "Especialista clínico en adicciones con licencia, Carolina del Norte (LCAS)",
      abbreviation: "LCAS",
      description: "Un especialista con licencia en uso de sustancias: evaluación y tratamiento del uso de sustancias.",
      cannot: LIMITS.substanceUse.es,
      unverified: "El alcance de la LCAS y de su asociado (LCASA) no está confirmado: consúltelo localmente.",
    },
  ),
];
