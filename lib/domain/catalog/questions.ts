import type { Question } from "./types";

/** The questions to ask every provider, in the order a family would ask them. */
export const questions: readonly Question[] = [
  {
    id: "licensed",
    text: "Are you a licensed clinician?",
    why: "Tells therapy apart from support: only licensed (or supervised pre-licensed) clinicians may diagnose and treat.",
  },
  {
    id: "therapy-or-support",
    text: "Do you provide therapy directly, or are you part of the support team?",
    why: "Many helpers with clinical-sounding titles are there to support, not to treat.",
  },
  {
    id: "interventions",
    text: "What interventions do you use?",
    why: "A named method (TF-CBT, PCIT, DBT…) means a plan; vague answers are worth a follow-up.",
  },
  {
    id: "oversight",
    text: "Who oversees this case?",
    why: "Someone clinically qualified should supervise a paraprofessional and own the treatment plan.",
  },
  {
    id: "family-therapy",
    text: "Who can provide family therapy?",
    why: "Family therapy needs a clinician trained for it; skills coaching does not replace it.",
  },
  {
    id: "trauma-informed",
    text: "Are you trained in trauma-informed care?",
    why: "Being trauma-informed is good practice; trauma treatment also needs training in a specific model.",
  },
  {
    id: "involves-family",
    text: "Do you involve parents and siblings?",
    why: "Children change faster when the family is part of the work.",
  },
];

// When a service is missing or not qualified, the questions that move it forward.
const QUESTIONS_FOR_SERVICE: Readonly<Record<string, readonly string[]>> = {
  "diagnostic-assessment": ["licensed", "oversight"],
  "psych-testing": ["licensed", "oversight"],
  "individual-therapy": ["licensed", "therapy-or-support", "interventions"],
  "family-therapy": ["family-therapy", "involves-family", "licensed"],
  "parent-training": ["involves-family", "interventions", "licensed"],
  "trauma-treatment": ["interventions", "trauma-informed", "licensed"],
  "safety-planning": ["oversight", "licensed"],
};
const DEFAULT_QUESTIONS = ["oversight", "therapy-or-support"];

export function questionIdsForService(serviceId: string): readonly string[] {
  return QUESTIONS_FOR_SERVICE[serviceId] ?? DEFAULT_QUESTIONS;
}
