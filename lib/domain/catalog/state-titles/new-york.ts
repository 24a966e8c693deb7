import { associateServices, fromAPlan, supervised, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, PARAPROFESSIONAL_FAMILY_NOTE, stateTitle, type StateTitle } from "./build";

const lmswGuidance = citeNational("NYSED Office of the Professions, LMSW supervised-practice guidance");
const casac = citeNational("OASAS CASAC credential pages");
const cftss = citeNational("NY DOH Children and Family Treatment and Support Services manual (2024)");

export const newYorkTitles: readonly StateTitle[] = [
  stateTitle(
    "NY",
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
      sources: [lmswGuidance],
      searchTerms: ["licensed master social worker"],
    },
    {
      label: "Licensed Master Social Worker (New York)",
      abbreviation: "LMSW",
      description:
        "In New York, a social worker with an MSW and an exam. May coordinate care on their own, but diagnosis and psychotherapy only under an LCSW, psychologist or psychiatrist, in an authorized setting.",
      cannot: LIMITS.associate.en,
      variesByState: "In Oregon an LMSW does no therapy at all; in Michigan the clinical LMSW is independent.",
    },
    {
      label: "Trabajador social con maestría y licencia, Nueva York (LMSW)",
      abbreviation: "LMSW",
      description:
        "En Nueva York, un trabajador social con MSW y examen. Puede coordinar la atención por su cuenta, pero diagnóstico y psicoterapia solo bajo un LCSW, psicólogo o psiquiatra, en un lugar autorizado.",
      cannot: LIMITS.associate.es,
      variesByState: "En Oregón un LMSW no da terapia; en Michigan el LMSW clínico trabaja por su cuenta.",
    },
  ),
  stateTitle(
    "NY",
    "casac",
    {
      aliases: ["casac"],
      family: "substance-use-counselor",
      kind: "certification",
      level: "independent",
      requiresSupervisor: false,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": yes, "safety-planning": { note: "around substance use" } },
      nuccCode: "101YA0400X",
      sources: [casac],
      searchTerms: ["credentialed alcoholism and substance abuse counselor"],
    },
    {
      label: "Credentialed Alcoholism and Substance Abuse Counselor (New York)",
      abbreviation: "CASAC",
      description:
        "A New York substance-use counselor with 350 hours of education, 6,000 hours of experience and an exam: assessment and counseling, including family sessions.",
      cannot: LIMITS.substanceUse.en,
    },
    {
      label: "Consejero acreditado en alcoholismo y abuso de sustancias, Nueva York (CASAC)",
      abbreviation: "CASAC",
      description:
        "Un consejero de Nueva York en uso de sustancias con 350 horas de estudios, 6,000 horas de experiencia y un examen: evaluación y consejería, incluidas sesiones con la familia.",
      cannot: LIMITS.substanceUse.es,
    },
  ),
  stateTitle(
    "NY",
    "casac-t",
    {
      aliases: ["casac-t"],
      family: "substance-use-counselor",
      kind: "certification",
      level: "associate",
      requiresSupervisor: true,
      clinical: false,
      licensed: true,
      services: { "substance-use-treatment": supervised },
      sources: [casac],
      searchTerms: ["CASAC trainee"],
    },
    {
      label: "CASAC Trainee (New York)",
      abbreviation: "CASAC-T",
      description: "A substance-use counselor in training with a limited scope, under supervision.",
      cannot: LIMITS.associate.en,
    },
    {
      label: "CASAC en formación, Nueva York (CASAC-T)",
      abbreviation: "CASAC-T",
      description: "Un consejero en uso de sustancias en formación, con un alcance limitado y bajo supervisión.",
      cannot: LIMITS.associate.es,
    },
  ),
  stateTitle(
    "NY",
    "family-peer-advocate",
    {
      aliases: ["fpa", "ypa"],
      family: "peer-support",
      kind: "certification",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "peer-family-support": yes },
      nuccCode: "175T00000X",
      sources: [cftss],
      searchTerms: ["family peer advocate", "youth peer advocate", "FPA", "YPA", "FPSS", "YPS"],
    },
    {
      label: "Family or Youth Peer Advocate (New York)",
      abbreviation: "FPA / YPA",
      description:
        "A credentialed parent or young person with lived experience who offers family or youth peer support in New York's children's services.",
      cannot: LIMITS.peer.en,
    },
    {
      label: "Defensor de pares familiar o juvenil, Nueva York (FPA / YPA)",
      abbreviation: "FPA / YPA",
      description:
        "Un padre o joven acreditado con experiencia propia que da apoyo entre pares a familias o jóvenes en los servicios para niños de Nueva York.",
      cannot: LIMITS.peer.es,
    },
  ),
  stateTitle(
    "NY",
    "cpst-practitioner",
    {
      familyNote: PARAPROFESSIONAL_FAMILY_NOTE,
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: false,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "care-coordination": fromAPlan },
      sources: [cftss],
      searchTerms: ["CPST", "PSR", "community psychiatric supports and treatment", "psychosocial rehabilitation"],
    },
    {
      label: "CPST or PSR practitioner (New York)",
      abbreviation: "CPST / PSR",
      description:
        "Staff who provide community psychiatric supports (skills, avoiding crises, learning about the illness) or psychosocial rehabilitation in New York's children's services. Not psychotherapy.",
      cannot: LIMITS.paraprofessional.en,
      unverified:
        "The education these practitioners need was not confirmed (staff without a license may deliver it): check locally.",
    },
    {
      label: "Profesional de CPST o PSR, Nueva York (CPST / PSR)",
      abbreviation: "CPST / PSR",
      description:
        "Personal que da apoyos psiquiátricos comunitarios (habilidades, evitar crisis, aprender sobre la enfermedad) o rehabilitación psicosocial en los servicios para niños de Nueva York. No es psicoterapia.",
      cannot: LIMITS.paraprofessional.es,
      unverified:
        "No está confirmada la educación que necesitan (puede darlo personal sin licencia): consúltelo localmente.",
    },
  ),
];
