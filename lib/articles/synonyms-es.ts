import { foldText } from "./normalize";

/**
 * Words Spanish-speaking parents search with, mapped to the terms the Spanish articles are indexed
 * under. Many families meet the English titles on paperwork, so some English phrases are here too.
 */
const PHRASES: [phrase: string, adds: string][] = [
  ["asociado de salud mental calificado", "qmha"],
  ["asociado calificado de salud mental", "qmha"],
  ["profesional de salud mental calificado", "qmhp"],
  ["profesional calificado de salud mental", "qmhp"],
  // "qmha" twice: families type "sin licencia" when the person is a QMHA, and it must outweigh the
  // many "licencia" of the social-work article.
  ["sin licencia", "qmha qmha paraprofesional"],
  ["no tiene licencia", "qmha paraprofesional"],
  ["no es terapeuta", "qmha paraprofesional"],
  ["no es clinico", "qmha paraprofesional"],
  ["entrenador de habilidades", "qmha"],
  ["skills trainer", "qmha"],
  ["behavioral health associate", "qmha"],
  ["trabajador social clinico", "lcsw"],
  ["trabajadora social clinica", "lcsw"],
  ["trabajador social", "msw lmsw lcsw"],
  ["trabajadora social", "msw lmsw lcsw"],
  ["maestria en trabajo social", "msw"],
  ["plan de seguridad", "seguridad"],
  ["plan de crisis", "seguridad"],
  ["safety plan", "seguridad"],
  ["que preguntar", "preguntas"],
  ["lista de preguntas", "preguntas lista"],
  ["administrador de casos", "coordinacion"],
  ["coordinador de atencion", "coordinacion"],
  ["case manager", "coordinacion"],
];

const WORDS: Record<string, string> = {
  terapeuta: "terapia",
  terapeutas: "terapia",
  psicoterapia: "terapia",
  therapist: "terapia",
  therapy: "terapia",
  consejero: "consejeria",
  consejera: "consejeria",
  counselor: "consejeria",
  licensed: "licencia",
  license: "licencia",
  suicidio: "seguridad autolesiones",
  suicida: "seguridad autolesiones",
  suicidas: "seguridad autolesiones",
  autolesion: "autolesiones seguridad",
  cortarse: "autolesiones seguridad",
  agresion: "seguridad agresion",
  violencia: "seguridad agresion",
  crisis: "seguridad",
  paraprofesional: "qmha",
  supervisor: "supervisa",
  supervision: "supervisa",
  escalar: "supervisa paso",
  queja: "supervisa paso",
  lento: "pronto meses",
  vago: "vaga",
  tept: "trauma",
  ptsd: "trauma",
  medicamentos: "recetar",
  medicinas: "recetar",
  recetar: "recetar",
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const phrasePatterns = PHRASES.map(([phrase, adds]) => ({
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(phrase)).replace(/ /g, "[\\s-]+")}s?(?![\\p{L}\\p{N}])`,
    "u",
  ),
  adds,
}));

/** The extra terms a Spanish text stands for: "trabajadora social clínica" → "lcsw". */
export function aliasesOfEs(text: string): string {
  const folded = foldText(text);
  const added = new Set<string>();
  for (const { pattern, adds } of phrasePatterns) if (pattern.test(folded)) added.add(adds);
  for (const word of folded.split(/[^\p{L}\p{N}'-]+/u)) {
    const adds = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
    if (adds) added.add(adds);
  }
  return [...added].join(" ");
}
