import { SOURCES } from "./sources";
import type { Source, UsState } from "./types";

/**
 * A name a care plan or a Medicaid program gives a service ("CPST", "wraparound"), and the catalog
 * services it stands for (states.md §3). Plans use these names more than the catalog's own.
 */
export type MedicaidServiceName = {
  readonly id: string;
  readonly name: string;
  /** Other spellings and short forms ("IHBT", "in-home"). */
  readonly aliases: readonly string[];
  readonly serviceIds: readonly string[];
  /** What it is, in plain words, in English and Spanish. */
  readonly description: { readonly en: string; readonly es: string };
  /** Where the name is used, when it belongs to some states only. */
  readonly states: readonly UsState[];
  readonly sources: readonly Source[];
  readonly unverified?: string;
};

const cite = [SOURCES.medicaidServiceNames];

export const MEDICAID_SERVICE_NAMES: readonly MedicaidServiceName[] = [
  {
    id: "bht",
    name: "BHT (behavioral health technician services)",
    aliases: ["BHT", "behavioral health technician", "behavior health technician"],
    serviceIds: ["skills-training", "behavior-plan"],
    description: {
      en: "One-to-one help that carries out a clinician's or behavior consultant's plan; what the title means changes from state to state.",
      es: "Ayuda individual que aplica el plan de un clínico o consultor de conducta; lo que significa el título cambia de un estado a otro.",
    },
    states: ["AZ", "PA", "VA"],
    sources: cite,
  },
  {
    id: "bhrs",
    name: "BHRS (behavioral health rehabilitation services)",
    aliases: ["BHRS", "wraparound services Pennsylvania", "TSS"],
    serviceIds: ["behavior-plan", "skills-training", "individual-therapy"],
    description: {
      en: "Pennsylvania's older name for in-home and community behavioral services, replaced in 2019 by IBHS.",
      es: "El nombre antiguo en Pensilvania de los servicios de conducta en el hogar y la comunidad, reemplazado en 2019 por IBHS.",
    },
    states: ["PA"],
    sources: cite,
  },
  {
    id: "ibhs",
    name: "IBHS (intensive behavioral health services)",
    aliases: ["IBHS"],
    serviceIds: ["behavior-plan", "skills-training", "individual-therapy", "family-therapy"],
    description: {
      en: "Pennsylvania's in-home and community services for children: a behavior consultant, a mobile therapist and behavioral health technicians.",
      es: "Los servicios en el hogar y la comunidad para niños en Pensilvania: un consultor de conducta, un terapeuta móvil y técnicos de salud conductual.",
    },
    states: ["PA"],
    sources: cite,
  },
  {
    id: "cpst",
    name: "CPST (community psychiatric supportive treatment)",
    aliases: ["CPST", "community psychiatric supportive treatment"],
    serviceIds: ["skills-training", "care-coordination", "safety-planning"],
    description: {
      en: "Goal-directed support in the community: skills, planning, learning about the illness and heading off crises. It is not psychotherapy.",
      es: "Apoyo con metas en la comunidad: habilidades, planificación, aprender sobre la enfermedad y evitar crisis. No es psicoterapia.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "psr",
    name: "PSR (psychosocial rehabilitation)",
    aliases: ["PSR", "psychosocial rehabilitation", "rehab"],
    serviceIds: ["skills-training"],
    description: {
      en: "Rebuilding everyday skills: social, daily living and getting around in the community.",
      es: "Recuperar habilidades de todos los días: sociales, de la vida diaria y para moverse en la comunidad.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "olp",
    name: "OLP (other licensed practitioner)",
    aliases: ["OLP", "other licensed practitioner"],
    serviceIds: ["diagnostic-assessment", "individual-therapy", "family-therapy"],
    description: {
      en: "In New York, assessment, therapy and crisis help from a licensed clinician at home or in the community.",
      es: "En Nueva York, evaluación, terapia y ayuda en crisis de un clínico con licencia en el hogar o la comunidad.",
    },
    states: ["NY"],
    sources: cite,
  },
  {
    id: "tbs",
    name: "TBS (therapeutic behavioral services)",
    aliases: ["TBS", "therapeutic behavioral services"],
    serviceIds: ["behavior-plan", "skills-training"],
    description: {
      en: "In California, short-term one-to-one behavior support where the behavior happens, added to other services for a child at risk of leaving home or going to the hospital.",
      es: "En California, apoyo de conducta individual y de corto plazo donde ocurre la conducta, sumado a otros servicios para un niño en riesgo de salir de su hogar o ir al hospital.",
    },
    states: ["CA"],
    sources: cite,
    unverified: "Which staff may deliver TBS was not confirmed: check locally.",
  },
  {
    id: "in-home",
    name: "Intensive in-home services (IIH, IHBS, IHBT, IIBHT)",
    aliases: ["IIH", "IHBS", "IHBT", "IIBHT", "in-home", "intensive in-home"],
    serviceIds: ["family-therapy", "individual-therapy", "safety-planning", "skills-training", "care-coordination"],
    description: {
      en: "A time-limited team that comes to the home, answers crises day and night, and needs a caregiver to take part.",
      es: "Un equipo por tiempo limitado que va al hogar, responde a crisis de día y de noche, y necesita que un cuidador participe.",
    },
    states: [],
    sources: cite,
    unverified: "The mix of licensed and unlicensed staff on these teams was not confirmed: check locally.",
  },
  {
    id: "wraparound",
    name: "ICC and high-fidelity wraparound",
    aliases: ["ICC", "intensive care coordination", "wraparound", "wrap", "child and family team"],
    serviceIds: ["care-coordination", "safety-planning", "peer-family-support"],
    description: {
      en: "Care coordinated through a child and family team, with a facilitator and a family partner, from planning to the end of services.",
      es: "Atención coordinada por un equipo del niño y la familia, con un facilitador y un acompañante familiar, desde el plan hasta el final de los servicios.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "mst",
    name: "MST (multisystemic therapy)",
    aliases: ["MST", "multisystemic therapy"],
    serviceIds: ["family-therapy", "parent-training"],
    description: {
      en: "Therapy at home and in the community for teenagers with serious behavior problems, for three to five months, with help on call at all hours.",
      es: "Terapia en el hogar y la comunidad para adolescentes con problemas graves de conducta, de tres a cinco meses, con ayuda disponible a toda hora.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "fft",
    name: "FFT (functional family therapy)",
    aliases: ["FFT", "functional family therapy"],
    serviceIds: ["family-therapy"],
    description: {
      en: "Weekly family therapy for ages 11 to 18, over three to six months.",
      es: "Terapia familiar semanal para edades de 11 a 18 años, durante tres a seis meses.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "mdft",
    name: "MDFT (multidimensional family therapy)",
    aliases: ["MDFT", "multidimensional family therapy"],
    serviceIds: ["family-therapy", "substance-use-treatment"],
    description: {
      en: "Family-based treatment for a teenager's substance use and related trouble.",
      es: "Tratamiento basado en la familia para el uso de sustancias de un adolescente y los problemas relacionados.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "aba",
    name: "ABA (applied behavior analysis)",
    aliases: ["ABA", "applied behavior analysis", "ABA therapy"],
    serviceIds: ["behavior-plan"],
    description: {
      en: "A behavior analyst assesses and writes the plan; behavior technicians carry it out under supervision.",
      es: "Un analista de conducta evalúa y escribe el plan; los técnicos de conducta lo aplican bajo supervisión.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "day-treatment",
    name: "Day treatment (TDT)",
    aliases: ["day treatment", "TDT", "therapeutic day treatment", "school-based day treatment"],
    serviceIds: ["skills-training", "individual-therapy"],
    description: {
      en: "A structured program during the day or the school day, run by a team.",
      es: "Un programa estructurado durante el día o la jornada escolar, a cargo de un equipo.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "php",
    name: "Partial hospitalization (PHP)",
    aliases: ["PHP", "partial hospitalization", "partial hospital"],
    serviceIds: ["individual-therapy", "medication-management"],
    description: {
      en: "Treatment nearly as intense as a hospital stay, for part of the day, with the child sleeping at home.",
      es: "Tratamiento casi tan intenso como una hospitalización, durante parte del día, y el niño duerme en casa.",
    },
    states: [],
    sources: cite,
  },
  {
    id: "mobile-crisis",
    name: "Mobile crisis and crisis stabilization",
    aliases: ["mobile crisis", "crisis stabilization", "mobile response", "988"],
    serviceIds: ["safety-planning"],
    description: {
      en: "Someone to call (988), someone who comes, and somewhere safe to go in a crisis. It helps in the moment; it does not replace a written safety plan.",
      es: "Alguien a quien llamar (988), alguien que viene y un lugar seguro adonde ir en una crisis. Ayuda en el momento; no reemplaza un plan de seguridad por escrito.",
    },
    states: [],
    sources: [...cite, SOURCES.samhsaCrisis],
  },
  {
    id: "respite",
    name: "Respite",
    aliases: ["respite", "respite care"],
    serviceIds: ["respite"],
    description: {
      en: "Short breaks for the family while someone trusted cares for the child.",
      es: "Descansos cortos para la familia mientras alguien de confianza cuida al niño.",
    },
    states: [],
    sources: cite,
    unverified: "No credential requirement was found for respite providers: check locally.",
  },
  {
    id: "peer-partner",
    name: "Peer or family support partner",
    aliases: ["family partner", "peer support", "family peer advocate", "FPA", "YPA", "peer partner"],
    serviceIds: ["peer-family-support"],
    description: {
      en: "Support from someone with lived experience: guidance through the systems and a voice beside the family.",
      es: "Apoyo de alguien con experiencia propia: orientación dentro de los sistemas y una voz al lado de la familia.",
    },
    states: [],
    sources: cite,
  },
];
