import { foldText } from "./normalize";

// Spanish words too common to mean anything in a search, already folded (no accents).
const STOP_WORDS = new Set([
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
export function stemEs(word: string): string {
  if (word.length <= 3) return word;
  const singular = word.endsWith("s") && !/(is|us|ss)$/.test(word) ? word.slice(0, -1) : word;
  return singular.length > 4 && /[^aeiou]e$/.test(singular) ? singular.slice(0, -1) : singular;
}

/** One Spanish search term as the index stores it, or null for a word too common to mean anything. */
export function processTermEs(term: string): string | null {
  const folded = foldText(term);
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return stemEs(folded);
}
