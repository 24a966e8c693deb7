import { associateServices, fromAPlan, supervised } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const qmhpRule = citeNational("18VAC115-80; Virginia Board of Counseling QMHP pages (dhp.virginia.gov)");
const traineeRule = citeNational("Code of Virginia §54.1-3500; DHP QMHP-Trainee page");
const bhtRule = citeNational("18VAC115-100 (effective 2025-05-08); 2024 Acts ch. 595 (SB 403)");
const medicaidRule = citeNational("12VAC30-60-61");

/** R12: since 2025-05-07 Virginia registers one QMHP; plans still say QMHP-A or QMHP-C. */
export const virginiaTitles: readonly StateTitle[] = [
  stateTitle(
    "VA",
    "qmhp",
    {
      aliases: ["qmhp", "qmhp-a", "qmhp-c", "qmhp-adult", "qmhp-child"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "registration",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: true,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [qmhpRule],
      searchTerms: ["QMHP-A", "QMHP-C", "qualified mental health professional"],
    },
    {
      label: "Qualified Mental Health Professional (Virginia)",
      abbreviation: "QMHP",
      description:
        "In Virginia, a registered worker with a bachelor's degree, 80 hours of coursework and 1,500 supervised hours who provides non-therapy 'collaborative' services for licensed providers. Since May 2025 the former QMHP-A and QMHP-C are one QMHP registration. A Virginia QMHP does not provide therapy.",
      cannot: LIMITS.paraprofessional.en,
      variesByState: "In Oregon a QMHP has a graduate degree and may provide therapy; in Virginia a QMHP does not.",
    },
    {
      label: "Profesional de salud mental calificado, Virginia (QMHP)",
      abbreviation: "QMHP",
      description:
        "En Virginia, un trabajador registrado con título universitario, 80 horas de cursos y 1,500 horas supervisadas que da servicios 'colaborativos' que no son terapia, para proveedores con licencia. Desde mayo de 2025 los antiguos QMHP-A y QMHP-C son un solo registro QMHP. Un QMHP de Virginia no da terapia.",
      cannot: LIMITS.paraprofessional.es,
      variesByState: "En Oregón un QMHP tiene maestría y puede dar terapia; en Virginia un QMHP no.",
    },
  ),
  stateTitle(
    "VA",
    "qmhp-trainee",
    {
      aliases: ["qmhp-t"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "registration",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [traineeRule],
      searchTerms: ["QMHP trainee"],
    },
    {
      label: "QMHP-Trainee (Virginia)",
      abbreviation: "QMHP-Trainee",
      description:
        "A Virginia worker with a human-services degree collecting supervised hours toward the QMHP registration: the same non-therapy services, under supervision.",
      cannot: LIMITS.paraprofessional.en,
    },
    {
      label: "QMHP en formación, Virginia (QMHP-Trainee)",
      abbreviation: "QMHP-Trainee",
      description:
        "Un trabajador de Virginia con título en servicios humanos que reúne horas supervisadas para el registro QMHP: los mismos servicios que no son terapia, bajo supervisión.",
      cannot: LIMITS.paraprofessional.es,
    },
  ),
  stateTitle(
    "VA",
    "bht",
    {
      aliases: ["bht", "bhta", "bht-assistant"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "registration",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [bhtRule],
      searchTerms: ["behavioral health technician", "BHTA", "behavioral health technician assistant"],
    },
    {
      label: "Behavioral Health Technician or Assistant (Virginia)",
      abbreviation: "BHT",
      description:
        "A registration Virginia created in 2025: a technician (associate degree) or assistant (high-school diploma) who provides collaborative services under licensed supervision. Not the same as an ABA behavior technician.",
      cannot: LIMITS.paraprofessional.en,
      variesByState: "BHT means a different job in Arizona, Pennsylvania and Virginia, and is not an ABA technician.",
    },
    {
      label: "Técnico de salud conductual o asistente, Virginia (BHT)",
      abbreviation: "BHT",
      description:
        "Un registro que Virginia creó en 2025: un técnico (título de dos años) o asistente (diploma de secundaria) que da servicios colaborativos bajo supervisión con licencia. No es lo mismo que un técnico de conducta de ABA.",
      cannot: LIMITS.paraprofessional.es,
      variesByState: "BHT significa un trabajo distinto en Arizona, Pensilvania y Virginia, y no es un técnico de ABA.",
    },
  ),
  stateTitle(
    "VA",
    "resident-in-counseling",
    {
      aliases: ["lmhp-r"],
      family: "lpc",
      kind: "registration",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      sources: [medicaidRule],
      searchTerms: ["LMHP-R", "resident in counseling", "counseling resident"],
    },
    {
      label: "Resident in Counseling (Virginia)",
      abbreviation: "LMHP-R",
      description:
        "A counselor with a master's degree in a supervised residency toward the LPC: assessment and therapy under a named supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Residente en consejería, Virginia (LMHP-R)",
      abbreviation: "LMHP-R",
      description:
        "Un consejero con maestría en una residencia supervisada hacia la licencia LPC: evaluación y terapia bajo un supervisor identificado.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "VA",
    "psychology-resident",
    {
      aliases: ["lmhp-rp"],
      family: "psychologist",
      kind: "registration",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: { ...associateServices, "psych-testing": supervised },
      sources: [medicaidRule],
      searchTerms: ["LMHP-RP", "resident in psychology"],
    },
    {
      label: "Resident in Psychology (Virginia)",
      abbreviation: "LMHP-RP",
      description:
        "A psychologist in a supervised residency: assessment, testing and therapy under a licensed psychologist.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Residente en psicología, Virginia (LMHP-RP)",
      abbreviation: "LMHP-RP",
      description:
        "Un psicólogo en una residencia supervisada: evaluación, pruebas y terapia bajo un psicólogo con licencia.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "VA",
    "social-work-supervisee",
    {
      aliases: ["lmhp-s"],
      family: "lcsw",
      kind: "registration",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      sources: [medicaidRule],
      searchTerms: ["LMHP-S", "supervisee in social work"],
    },
    {
      label: "Supervisee in Social Work (Virginia)",
      abbreviation: "LMHP-S",
      description:
        "A social worker with a master's degree in supervised clinical practice toward the LCSW: assessment and therapy under a named supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social supervisado, Virginia (LMHP-S)",
      abbreviation: "LMHP-S",
      description:
        "Un trabajador social con maestría en práctica clínica supervisada hacia la licencia LCSW: evaluación y terapia bajo un supervisor identificado.",
      cannot: LIMITS.associate.es,
    },
  ),
];

export const VIRGINIA_QMHP_CHANGED_ON = "2025-05-07";
