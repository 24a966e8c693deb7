import type { CatalogTranslation } from "../translation";
import type { Credential, UsState } from "../types";

type Words = {
  readonly label: string;
  readonly abbreviation: string;
  readonly description: string;
  readonly cannot: readonly string[];
  readonly variesByState?: string;
  readonly unverified?: string;
};

type Facts = Omit<
  Credential,
  "id" | "states" | "label" | "abbreviation" | "description" | "cannot" | "variesByState" | "unverified" | "articleSlug"
> & { readonly articleSlug?: string };

/** A state title with its English and Spanish words side by side, so neither is forgotten. */
export type StateTitle = { readonly credential: Credential; readonly es: CatalogTranslation["credentials"][string] };

/** `<state>:<slug>`, lower case, for the title's one state; the article defaults to the national picture. */
export function stateTitle(state: UsState, slug: string, facts: Facts, en: Words, es: Words): StateTitle {
  return {
    credential: {
      articleSlug: "same-title-different-states",
      ...facts,
      ...en,
      id: `${state.toLowerCase()}:${slug}`,
      states: [state],
    },
    es,
  };
}

/** Limits shared by many titles, in both languages (the Spanish list matches the English one by position). */
export const LIMITS = {
  associate: {
    en: ["cannot practice independently: only under a named, licensed supervisor", "cannot prescribe"],
    es: [
      "no puede ejercer por su cuenta: solo bajo un supervisor con licencia, identificado por nombre",
      "no puede recetar medicamentos",
    ],
  },
  paraprofessional: {
    en: [
      "cannot diagnose or make clinical assessments",
      "cannot provide psychotherapy, trauma treatment or family therapy",
      "works from a clinician's plan, under supervision",
    ],
    es: [
      "no puede diagnosticar ni hacer evaluaciones clínicas",
      "no puede dar psicoterapia, tratamiento del trauma ni terapia familiar",
      "trabaja con el plan de un clínico, bajo supervisión",
    ],
  },
  peer: {
    en: ["non-clinical: no assessment, diagnosis or therapy"],
    es: ["no es clínico: no evalúa, no diagnostica y no da terapia"],
  },
  substanceUse: {
    en: ["cannot prescribe", "mental-health diagnosis is outside the role"],
    es: ["no puede recetar medicamentos", "el diagnóstico de salud mental queda fuera de su función"],
  },
  independent: { en: ["cannot prescribe"], es: ["no puede recetar medicamentos"] },
  technician: {
    en: ["cannot design a behavior plan alone", "cannot diagnose or provide psychotherapy"],
    es: ["no puede diseñar solo un plan de conducta", "no puede diagnosticar ni dar psicoterapia"],
  },
} as const;

export const PARAPROFESSIONAL_FAMILY_NOTE =
  "A paraprofessional role defined by this state: it belongs to no national license family and works from a clinician's plan.";
