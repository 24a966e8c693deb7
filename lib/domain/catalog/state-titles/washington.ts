import { associateServices, fromAnalystPlan, fromAPlan, supervised } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const associateRule = citeNational("WAC 246-809-010");
const bhssRule = citeNational("WAC 246-821-100 (effective 2025-01-01); UW BHSS FAQ");
const behaviorRule = citeNational("RCW 18.380.030, 18.380.050");
const sudRule = citeNational("WAC 246-811; DOH SUDP pages");

export const washingtonTitles: readonly StateTitle[] = [
  stateTitle(
    "WA",
    "lmhca",
    {
      aliases: ["lmhca"],
      family: "lpc",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "101YP2500X",
      sources: [associateRule],
      searchTerms: ["licensed mental health counselor associate", "mental health counselor associate"],
    },
    {
      label: "Licensed Mental Health Counselor Associate (Washington)",
      abbreviation: "LMHCA",
      description:
        "A counselor with a master's degree working toward the LMHC: assessment and therapy only under an approved supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Consejero de salud mental asociado con licencia, Washington (LMHCA)",
      abbreviation: "LMHCA",
      description:
        "Un consejero con maestría en camino a la licencia LMHC: evaluación y terapia solo bajo un supervisor aprobado.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "WA",
    "lmfta",
    {
      aliases: ["lmfta"],
      family: "lmft",
      kind: "license",
      level: "associate",
      requiresSupervisor: true,
      clinical: true,
      licensed: true,
      services: associateServices,
      nuccCode: "106H00000X",
      sources: [associateRule],
      searchTerms: ["marriage and family therapist associate"],
    },
    {
      label: "Licensed Marriage and Family Therapist Associate (Washington)",
      abbreviation: "LMFTA",
      description:
        "A family therapist with a master's degree working toward the LMFT: individual, couple and family therapy only under an approved supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Terapeuta matrimonial y familiar asociado con licencia, Washington (LMFTA)",
      abbreviation: "LMFTA",
      description:
        "Un terapeuta familiar con maestría en camino a la licencia LMFT: terapia individual, de pareja y familiar solo bajo un supervisor aprobado.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "WA",
    "bhss",
    {
      aliases: ["bhss"],
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "license",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [bhssRule],
      searchTerms: ["behavioral health support specialist"],
    },
    {
      label: "Behavioral Health Support Specialist (Washington)",
      abbreviation: "BHSS",
      description:
        "A Washington credential (since 2025) for bachelor's-level staff trained to deliver brief, structured help such as behavioral activation and motivational interviewing, under supervision. Not a full course of psychotherapy, and no diagnosis on their own.",
      cannot: LIMITS.paraprofessional.en,
    },
    {
      label: "Especialista en apoyo de salud conductual, Washington (BHSS)",
      abbreviation: "BHSS",
      description:
        "Una credencial de Washington (desde 2025) para personal con título universitario preparado para dar ayuda breve y estructurada, como activación conductual y entrevista motivacional, bajo supervisión. No es un tratamiento completo de psicoterapia y no diagnostica por su cuenta.",
      cannot: LIMITS.paraprofessional.es,
    },
  ),
  stateTitle(
    "WA",
    "cbt",
    {
      aliases: ["cbt"],
      family: "rbt",
      kind: "certification",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "behavior-plan": fromAnalystPlan },
      nuccCode: "106S00000X",
      sources: [behaviorRule],
      searchTerms: ["certified behavior technician", "behavior technician", "ABA technician"],
    },
    {
      label: "Certified Behavior Technician (Washington)",
      abbreviation: "CBT",
      description:
        "Washington's ABA technician (40 hours of training): carries out a behavior analyst's plan under the analyst's ongoing supervision. Here CBT is not cognitive behavioral therapy.",
      cannot: LIMITS.technician.en,
    },
    {
      label: "Técnico de conducta certificado, Washington (CBT)",
      abbreviation: "CBT",
      description:
        "El técnico de ABA de Washington (40 horas de capacitación): aplica el plan de un analista de conducta bajo su supervisión continua. Aquí CBT no es terapia cognitivo-conductual.",
      cannot: LIMITS.technician.es,
    },
  ),
  stateTitle(
    "WA",
    "sudpt",
    {
      aliases: ["sudpt"],
      family: "substance-use-counselor",
      kind: "certification",
      level: "associate",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": supervised },
      sources: [sudRule],
      searchTerms: ["substance use disorder professional trainee"],
    },
    {
      label: "Substance Use Disorder Professional Trainee (Washington)",
      abbreviation: "SUDPT",
      description: "A substance-use counselor in training: counsels only under a qualified supervisor.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "Profesional en trastornos por uso de sustancias en formación, Washington (SUDPT)",
      abbreviation: "SUDPT",
      description: "Un consejero en uso de sustancias en formación: aconseja solo bajo un supervisor calificado.",
      cannot: LIMITS.associate.es,
    },
  ),
];
