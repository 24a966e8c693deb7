/** Lower case without accents: "Évaluation" and "evaluation" are the same word to search. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "can",
  "do",
  "does",
  "for",
  "from",
  "how",
  "i",
  "if",
  "in",
  "is",
  "it",
  "my",
  "not",
  "of",
  "on",
  "or",
  "our",
  "the",
  "their",
  "they",
  "this",
  "to",
  "was",
  "what",
  "who",
  "with",
  "you",
  "your",
]);

/**
 * A crude English stemmer that only folds plurals and a few verb endings, which is what people
 * vary when they search ("therapists" / "therapist", "families" / "family"). Short words and
 * words ending in ss/us/is are left alone ("class", "status", "diagnosis").
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** One search term as the index stores it, or null for a word too common to mean anything. */
export function processTerm(term: string): string | null {
  const folded = foldText(term).replace(/['’]s$/, "");
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}
