import { fromAnalystPlan, fromAPlan, yes } from "../qualifications";
import { citeNational } from "../sources";
import { LIMITS, stateTitle, type StateTitle } from "./build";

const ibhsStaff = citeNational("55 Pa. Code §5240.71(a), §5240.73(c); 49 Pa.B. 6088 (2019)");
const ibhsAba = citeNational("55 Pa. Code §5240.81");
const lbsRule = citeNational("49 Pa. Code §§18.521–18.527");

const behaviorDesigner = {
  family: "bcba",
  kind: "program-credential",
  level: "independent",
  requiresSupervisor: false,
  clinical: false,
  licensed: false,
  services: {
    "behavior-plan": yes,
    "parent-training": { note: "caregiver training that carries out the behavior plan" },
  },
} as const;

export const pennsylvaniaTitles: readonly StateTitle[] = [
  stateTitle(
    "PA",
    "bc",
    {
      ...behaviorDesigner,
      aliases: ["bc", "bsc"],
      sources: [ibhsStaff],
      searchTerms: ["behavior consultant", "behavior specialist consultant", "BSC", "IBHS"],
    },
    {
      label: "Behavior Consultant (Pennsylvania IBHS)",
      abbreviation: "BC",
      description:
        "In Pennsylvania's intensive behavioral health services (IBHS), the person who assesses and designs the behavior plan: a licensed behavior specialist, a BCBA, or someone with a graduate degree and experience.",
      cannot: ["cannot diagnose or provide psychotherapy"],
      unverified: "Whether the older BHRS title 'behavior specialist consultant' maps to this role was not confirmed.",
    },
    {
      label: "Consultor de conducta, IBHS de Pensilvania (BC)",
      abbreviation: "BC",
      description:
        "En los servicios intensivos de salud conductual (IBHS) de Pensilvania, la persona que evalúa y diseña el plan de conducta: un especialista de conducta con licencia, un BCBA o alguien con posgrado y experiencia.",
      cannot: ["no puede diagnosticar ni dar psicoterapia"],
      unverified:
        "No está confirmado que el antiguo título de BHRS 'behavior specialist consultant' equivalga a este puesto.",
    },
  ),
  stateTitle(
    "PA",
    "bc-aba",
    { ...behaviorDesigner, sources: [ibhsAba], searchTerms: ["BC-ABA", "ABA behavior consultant"] },
    {
      label: "Behavior Consultant – ABA (Pennsylvania IBHS)",
      abbreviation: "BC-ABA",
      description: "The IBHS behavior consultant for applied behavior analysis: assesses and designs the ABA plan.",
      cannot: ["cannot diagnose or provide psychotherapy"],
      unverified: "The qualifications this role requires were not confirmed: check locally.",
    },
    {
      label: "Consultor de conducta – ABA, IBHS de Pensilvania (BC-ABA)",
      abbreviation: "BC-ABA",
      description:
        "El consultor de conducta de IBHS para el análisis aplicado de la conducta: evalúa y diseña el plan de ABA.",
      cannot: ["no puede diagnosticar ni dar psicoterapia"],
      unverified: "No están confirmados los requisitos de este puesto: consúltelo localmente.",
    },
  ),
  stateTitle(
    "PA",
    "lbs",
    {
      ...behaviorDesigner,
      kind: "license",
      licensed: true,
      aliases: ["lbs"],
      sources: [lbsRule],
      searchTerms: ["licensed behavior specialist"],
    },
    {
      label: "Licensed Behavior Specialist (Pennsylvania)",
      abbreviation: "LBS",
      description:
        "A behavior specialist licensed by Pennsylvania's Board of Medicine: designs and oversees behavior plans.",
      cannot: ["cannot diagnose or provide psychotherapy"],
    },
    {
      label: "Especialista de conducta con licencia, Pensilvania (LBS)",
      abbreviation: "LBS",
      description:
        "Un especialista de conducta con licencia de la Junta de Medicina de Pensilvania: diseña y supervisa planes de conducta.",
      cannot: ["no puede diagnosticar ni dar psicoterapia"],
    },
  ),
  stateTitle(
    "PA",
    "mt",
    {
      aliases: ["mt"],
      familyNote:
        "A role in Pennsylvania's IBHS for graduates in psychology, social work or counseling: it is not one license family.",
      kind: "program-credential",
      level: "program",
      requiresSupervisor: false,
      clinical: true,
      licensed: false,
      services: {
        "individual-therapy": { note: "inside a state-certified program" },
        "family-therapy": { note: "inside a state-certified program" },
        "parent-training": { note: "inside a state-certified program" },
        "safety-planning": { note: "inside a state-certified program" },
      },
      sources: [ibhsStaff],
      searchTerms: ["mobile therapist", "IBHS therapist"],
    },
    {
      label: "Mobile Therapist (Pennsylvania IBHS)",
      abbreviation: "MT",
      description:
        "A therapist with a graduate degree in psychology, social work or counseling and clinical experience who provides individual and family therapy at home or in the community, inside IBHS.",
      cannot: ["cannot prescribe", "works inside a licensed IBHS program"],
    },
    {
      label: "Terapeuta móvil, IBHS de Pensilvania (MT)",
      abbreviation: "MT",
      description:
        "Un terapeuta con posgrado en psicología, trabajo social o consejería y experiencia clínica que da terapia individual y familiar en el hogar o la comunidad, dentro de IBHS.",
      cannot: ["no puede recetar medicamentos", "trabaja dentro de un programa IBHS con licencia"],
    },
  ),
  stateTitle(
    "PA",
    "bht",
    {
      aliases: ["bht", "tss"],
      familyNote:
        "A paraprofessional role defined by this state: it belongs to no national license family and works from a clinician's plan.",
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: false,
      services: { "skills-training": fromAPlan, "behavior-plan": fromAnalystPlan },
      sources: [ibhsStaff],
      searchTerms: ["behavioral health technician", "TSS", "therapeutic staff support"],
    },
    {
      label: "Behavioral Health Technician (Pennsylvania IBHS)",
      abbreviation: "BHT",
      description:
        "In Pennsylvania's IBHS, the one-to-one worker who carries out the behavior consultant's plan with the child, after 30 hours of training, under supervision.",
      cannot: LIMITS.paraprofessional.en,
      unverified:
        "The education a BHT needs, and whether the role replaced the older TSS, were not confirmed: check locally.",
    },
    {
      label: "Técnico de salud conductual, IBHS de Pensilvania (BHT)",
      abbreviation: "BHT",
      description:
        "En IBHS de Pensilvania, el trabajador individual que aplica con el niño el plan del consultor de conducta, después de 30 horas de capacitación, bajo supervisión.",
      cannot: LIMITS.paraprofessional.es,
      unverified:
        "No están confirmados la educación que necesita un BHT ni si el puesto reemplazó al antiguo TSS: consúltelo localmente.",
    },
  ),
  stateTitle(
    "PA",
    "bht-aba",
    {
      family: "rbt",
      kind: "job-title",
      level: "paraprofessional",
      requiresSupervisor: true,
      clinical: false,
      licensed: false,
      services: { "behavior-plan": fromAnalystPlan },
      sources: [ibhsAba],
      searchTerms: ["BHT-ABA", "ABA technician"],
    },
    {
      label: "Behavioral Health Technician – ABA (Pennsylvania IBHS)",
      abbreviation: "BHT-ABA",
      description: "The IBHS technician for applied behavior analysis: carries out the ABA plan under supervision.",
      cannot: LIMITS.technician.en,
      unverified: "The qualifications this role requires were not confirmed: check locally.",
    },
    {
      label: "Técnico de salud conductual – ABA, IBHS de Pensilvania (BHT-ABA)",
      abbreviation: "BHT-ABA",
      description:
        "El técnico de IBHS para el análisis aplicado de la conducta: aplica el plan de ABA bajo supervisión.",
      cannot: LIMITS.technician.es,
      unverified: "No están confirmados los requisitos de este puesto: consúltelo localmente.",
    },
  ),
];
