import type { SearchLanguage } from "./search-language";

// How English is searched: the words too common to count, the plurals folded, and the words and
// phrases people search with that stand for the terms the articles use. Data only: normalize.ts
// and synonyms.ts apply it the same way to every language.

const stopWords = new Set([
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
function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words people search with, mapped to the words the articles are indexed under. Phrases are
 * matched on folded text (lower case, no accents, an optional plural "s"); the terms they add are
 * appended to both the query and the article, so either side may use the long or the short form.
 */
const phrases: [phrase: string, adds: string][] = [
  ["licensed clinical social worker", "lcsw"],
  ["clinical social worker associate", "cswa"],
  ["clinical social work associate", "cswa"],
  ["licensed master social worker", "lmsw"],
  ["licensed masters social worker", "lmsw"],
  ["licensed master's social worker", "lmsw"],
  ["master of social work", "msw"],
  ["masters in social work", "msw"],
  ["master's in social work", "msw"],
  ["social work degree", "msw"],
  ["licensed professional counselor", "lpc"],
  ["professional counselor associate", "lpc associate"],
  ["marriage and family therapist", "lmft"],
  ["qualified mental health associate", "qmha"],
  ["qualified mental health professional", "qmhp"],
  ["not licensed", "unlicensed qmha paraprofessional"],
  ["no license", "unlicensed qmha paraprofessional"],
  ["without a license", "unlicensed qmha paraprofessional"],
  ["isn't licensed", "unlicensed qmha paraprofessional"],
  ["not a therapist", "unlicensed qmha paraprofessional"],
  ["not a clinician", "unlicensed qmha paraprofessional"],
  ["behavioral health associate", "qmha"],
  ["community based provider", "qmha"],
  ["skills trainer", "qmha"],
  ["nurse practitioner", "pmhnp"],
  ["psychiatric nurse", "pmhnp"],
  ["applied behavior analysis", "aba bcba"],
  ["behavior analyst", "bcba"],
  ["registered behavior technician", "rbt"],
  ["behavior technician", "rbt"],
  ["alcohol and drug counselor", "cadc"],
  ["addiction counselor", "cadc"],
  ["drug counselor", "cadc"],
  ["peer support specialist", "peer"],
  ["family support specialist", "peer fss"],
  ["youth support specialist", "peer yss"],
  ["family partner", "peer fss"],
  ["youth partner", "peer yss"],
  ["care coordinator", "coordination"],
  ["case manager", "coordination"],
  ["case management", "coordination"],
  ["intensive in home", "iibht"],
  ["in home", "iibht"],
  ["crisis plan", "safety"],
  ["safety plan", "safety"],
  ["individualized education program", "iep"],
  ["school psychologist", "school psych"],
  ["psychological testing", "testing"],
  ["psych testing", "testing"],
];

/** Single words that stand for others. */
const words: Record<string, string> = {
  therapist: "therapy",
  therapists: "therapy",
  psychotherapy: "therapy",
  counseling: "counselor",
  counselling: "counselor",
  counsellor: "counselor",
  unlicensed: "qmha paraprofessional",
  paraprofessional: "qmha",
  meds: "medication",
  medicine: "medication",
  prescribe: "medication prescriber",
  prescribing: "medication prescriber",
  suicide: "safety self-harm",
  suicidal: "safety self-harm",
  cutting: "self-harm",
  mft: "lmft",
  lba: "bcba",
  rbai: "rbt",
  aba: "bcba",
  emdr: "trauma",
  "tf-cbt": "trauma",
  ptsd: "trauma",
  pcit: "trauma parent",
  iep: "school",
  "504": "school",
  wraparound: "wraparound",
  sud: "substance",
  addiction: "substance",
  drugs: "substance",
  alcohol: "substance",
  neuropsych: "testing",
  neuropsychological: "testing",
  fss: "peer",
  yss: "peer",
  siblings: "family",
  escalate: "escalation",
  escalating: "escalation",
  complain: "escalation",
  complaint: "escalation",
  sibling: "family",
};

export const english: SearchLanguage = { stopWords, stem, phrases, words };
