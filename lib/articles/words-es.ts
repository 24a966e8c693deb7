import type { SearchLanguage } from "./search-language";

// How Spanish is searched: the words too common to count, the plurals folded, and the words and
// phrases people search with that stand for the terms the articles use. Data only: normalize.ts
// and synonyms.ts apply it the same way to every language.

const stopWords = new Set([
  "a",
  "al",
  "como",
  "con",
  "cual",
  "de",
  "del",
  "el",
  "en",
  "es",
  "esta",
  "este",
  "hay",
  "la",
  "las",
  "le",
  "lo",
  "los",
  "mas",
  "me",
  "mi",
  "mis",
  "no",
  "o",
  "para",
  "pero",
  "por",
  "que",
  "quien",
  "se",
  "si",
  "sin",
  "su",
  "sus",
  "un",
  "una",
  "unas",
  "unos",
  "y",
  "ya",
  "yo",
]);

/**
 * A crude Spanish stemmer that only folds plurals, which is what people vary when they search
 * ("terapeutas" / "terapeuta", "evaluaciones" / "evaluacion", "padres" / "padre"). A final s goes
 * (not in is/us/ss: "crisis"), then an e after a consonant, so that both -s and -es plurals meet
 * their singular ("profesionales" and "profesional" → "profesional"; "padres" and "padre" → "padr").
 */
function stem(word: string): string {
  if (word.length <= 3) return word;
  const singular = word.endsWith("s") && !/(is|us|ss)$/.test(word) ? word.slice(0, -1) : word;
  return singular.length > 4 && /[^aeiou]e$/.test(singular) ? singular.slice(0, -1) : singular;
}

/**
 * Words Spanish-speaking parents search with, mapped to the terms the Spanish articles are indexed
 * under. Many families meet the English titles on paperwork, so some English phrases are here too.
 */
const phrases: [phrase: string, adds: string][] = [
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

const words: Record<string, string> = {
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

export const spanish: SearchLanguage = { stopWords, stem, phrases, words };
