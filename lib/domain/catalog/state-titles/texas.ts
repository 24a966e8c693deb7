import { associateServices, fromAPlan, supervised, therapistServices, underAnalyst, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const rehabRule = citeNational("1 TAC §353.1415; 26 TAC §306.325(d)");
const lphaRule = citeNational("1 TAC §354.3003(7)");
const associateRule = citeNational("22 TAC §681.93 (LPC Associate); 22 TAC §801.202 (LMFT Associate)");
const chemicalDependency = citeNational("25 TAC §140.401 (now 26 TAC ch. 562)");
const behaviorAnalysis = citeNational("16 TAC §121.22; Texas Occupations Code ch. 506");

export const texasTitles: readonly StateTitle[] = [
  stateTitle(
    "TX",
    "qmhp-cs",
    {
      aliases: ["qmhp", "qmhp-cs"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "program-credential",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": yes },
      sources: [rehabRule],
      searchTerms: ["qualified mental health professional community services", "QMHP", "rehab specialist"],
    },
    {
      label: "Qualified Mental Health Professional – Community Services (Texas)",
      abbreviation: "QMHP-CS",
      description:
        "In Texas, a staff member with a bachelor's degree in a human-services field (or a nurse) who provides rehabilitation: skills training, psychosocial rehabilitation and case management, from a clinician's plan. Despite the name, a Texas QMHP-CS does not provide therapy.",
      cannot: LIMITS.paraprofessional.en,
      variesByState: "In Oregon a QMHP has a graduate degree and may provide therapy; in Texas a QMHP-CS does not.",
    },
    {
      label: "Profesional de salud mental calificado – servicios comunitarios, Texas (QMHP-CS)",
      abbreviation: "QMHP-CS",
      description:
        "En Texas, un empleado con título universitario en servicios humanos (o una enfermera) que da rehabilitación: entrenamiento de habilidades, rehabilitación psicosocial y administración de casos, con el plan de un clínico. Pese al nombre, un QMHP-CS de Texas no da terapia.",
      cannot: LIMITS.paraprofessional.es,
      variesByState: "En Oregón un QMHP tiene maestría y puede dar terapia; en Texas un QMHP-CS no.",
    },
  ),
  stateTitle(
    "TX",
    "cssp",
    {
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "program-credential",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan },
      sources: [rehabRule],
      searchTerms: ["community services specialist"],
    },
    {
      label: "Community Services Specialist (Texas)",
      abbreviation: "CSSP",
      description:
        "An older Texas rehabilitation role for staff who qualified by experience before September 2004. Provides rehabilitation services from a clinician's plan; not clinical.",
      cannot: LIMITS.paraprofessional.en,
    },
    {
      label: "Especialista en servicios comunitarios, Texas (CSSP)",
      abbreviation: "CSSP",
      description:
        "Un puesto antiguo de rehabilitación en Texas para personal que calificó por experiencia antes de septiembre de 2004. Da servicios de rehabilitación con el plan de un clínico; no es clínico.",
      cannot: LIMITS.paraprofessional.es,
    },
  ),
  stateTitle(
    "TX",
    "family-partner",
    {
      family: "peer-support",
      kind: "certification",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "peer-family-support": yes },
      sources: [rehabRule],
      searchTerms: ["certified family partner", "CFP", "peer provider", "peer specialist"],
    },
    {
      label: "Certified Family Partner or peer provider (Texas)",
      abbreviation: "CFP",
      description:
        "A parent or peer with lived experience and a high-school diploma who supports the family. In Texas the clinical supervisor of a peer must be a licensed practitioner (LPHA).",
      cannot: LIMITS.peer.en,
    },
    {
      label: "Acompañante familiar certificado o proveedor de pares, Texas (CFP)",
      abbreviation: "CFP",
      description:
        "Un padre o compañero con experiencia propia y diploma de secundaria que apoya a la familia. En Texas el supervisor clínico de un compañero debe ser un profesional con licencia (LPHA).",
      cannot: LIMITS.peer.es,
    },
  ),
  stateTitle(
    "TX",
    "lpha",
    {
      familyNote:
        "A Texas category, not one license: a physician, LPC, LCSW, psychologist, APRN, PA or LMFT. Choose the license itself when you know it.",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: true,
      licensed: true,
      services: { ...therapistServices, "care-coordination": yes },
      sources: [lphaRule],
      searchTerms: ["licensed practitioner of the healing arts"],
    },
    {
      label: "Licensed Practitioner of the Healing Arts (Texas)",
      abbreviation: "LPHA",
      description:
        "The Texas name for the licensed clinicians who assess, provide therapy and supervise others in public mental-health services: physicians, LPCs, LCSWs, psychologists, nurse practitioners, physician assistants and LMFTs.",
      cannot: ["prescribing depends on which license the person holds"],
    },
    {
      label: "Profesional con licencia de las artes de sanación, Texas (LPHA)",
      abbreviation: "LPHA",
      description:
        "El nombre que usa Texas para los clínicos con licencia que evalúan, dan terapia y supervisan a otros en los servicios públicos de salud mental: médicos, LPC, LCSW, psicólogos, enfermeras practicantes, asistentes médicos y LMFT.",
      cannot: ["poder recetar depende de la licencia que tenga"],
    },
  ),
  stateTitle(
    "TX",
    "lpc-associate",
    {
      aliases: ["lpc-associate", "lpc-a"],
      family: "lpc",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "101YP2500X",
      sources: [associateRule],
      searchTerms: ["LPC Associate", "LPC-A", "counselor associate"],
    },
    {
      label: "Licensed Professional Counselor Associate (Texas)",
      abbreviation: "LPC Associate",
      description:
        "A counselor with a master's degree who has passed the exams and holds a five-year associate license: provides therapy only under an approved supervisor (LPC-S).",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero profesional asociado con licencia, Texas (LPC Associate)",
      abbreviation: "LPC Associate",
      description:
        "Un consejero con maestría que aprobó los exámenes y tiene una licencia de asociado por cinco años: da terapia solo bajo un supervisor aprobado (LPC-S).",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "TX",
    "lmft-associate",
    {
      aliases: ["lmft-associate", "mft-associate"],
      family: "lmft",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "106H00000X",
      sources: [associateRule],
      searchTerms: ["LMFT Associate", "LMFT-A"],
    },
    {
      label: "Licensed Marriage and Family Therapist Associate (Texas)",
      abbreviation: "LMFT Associate",
      description:
        "A family therapist with a master's degree working toward the full LMFT license: individual, couple and family therapy only under an approved supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Terapeuta matrimonial y familiar asociado con licencia, Texas (LMFT Associate)",
      abbreviation: "LMFT Associate",
      description:
        "Un terapeuta familiar con maestría en camino a la licencia LMFT completa: terapia individual, de pareja y familiar solo bajo un supervisor aprobado.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "TX",
    "lcdc",
    {
      family: "substance-use-counselor",
      kind: "license",
      level: "independent",
      requiresSupervisor: false,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": yes, "safety-planning": { note: "around substance use" } },
      nuccCode: "101YA0400X",
      sources: [chemicalDependency],
      searchTerms: ["licensed chemical dependency counselor", "drug counselor"],
    },
    {
      label: "Licensed Chemical Dependency Counselor (Texas)",
      abbreviation: "LCDC",
      description:
        "A licensed substance-use counselor: assessment and counseling for alcohol and drug use, including family sessions.",
      cannot: LIMITS.substanceUse.en,
    },
    {
      label: "Consejero con licencia en dependencia química, Texas (LCDC)",
      abbreviation: "LCDC",
      description:
        "Un consejero con licencia en uso de sustancias: evaluación y consejería sobre alcohol y drogas, incluidas sesiones con la familia.",
      cannot: LIMITS.substanceUse.es,
    },
  ),
  stateTitle(
    "TX",
    "counselor-intern",
    {
      family: "substance-use-counselor",
      kind: "registration",
      level: "associate",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": supervised },
      sources: [chemicalDependency],
      searchTerms: ["LCDC intern", "CI"],
    },
    {
      label: "Chemical Dependency Counselor Intern (Texas)",
      abbreviation: "Counselor Intern",
      description:
        "A substance-use counselor in training, registered to counsel only under a qualified supervisor while collecting hours toward the LCDC.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero interno en dependencia química, Texas (Counselor Intern)",
      abbreviation: "Consejero interno",
      description:
        "Un consejero en uso de sustancias en formación, registrado para aconsejar solo bajo un supervisor calificado mientras reúne horas para la licencia LCDC.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "TX",
    "lmsw",
    {
      aliases: ["lmsw"],
      family: "lcsw",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: { ...associateServices, "care-coordination": { note: "as a case manager", withoutSupervisor: true } },
      nuccCode: "104100000X",
      sources: [citeNational("22 TAC §681.93(d) and related associate rules (states.md §1)")],
    },
    {
      label: "Licensed Master Social Worker (Texas)",
      abbreviation: "LMSW",
      description:
        "A social worker with a master's degree. Case management on their own; clinical work such as diagnosis and therapy only under a clinical supervisor, on the way to the LCSW.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Trabajador social con maestría y licencia, Texas (LMSW)",
      abbreviation: "LMSW",
      description:
        "Un trabajador social con maestría. Administración de casos por su cuenta; el trabajo clínico, como diagnóstico y terapia, solo bajo un supervisor clínico, en camino a la licencia LCSW.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "TX",
    "laba",
    {
      family: "bcba",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "behavior-plan": underAnalyst },
      nuccCode: "106E00000X",
      sources: [behaviorAnalysis],
      searchTerms: ["licensed assistant behavior analyst"],
    },
    {
      label: "Licensed Assistant Behavior Analyst (Texas)",
      abbreviation: "LaBA",
      description:
        "A BCaBA licensed in Texas: helps assess and write behavior plans under a licensed behavior analyst's supervision.",
      cannot: LIMITS.technician.en,
    },
    {
      label: "Analista de conducta asistente con licencia, Texas (LaBA)",
      abbreviation: "LaBA",
      description:
        "Un BCaBA con licencia en Texas: ayuda a evaluar y escribir planes de conducta bajo la supervisión de un analista de conducta con licencia.",
      cannot: LIMITS.technician.es,
    },
  ),
];
