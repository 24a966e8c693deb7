import type { Credential } from "./types";
import { US_STATES } from "./us-states";

/**
 * What whole-sentence messages need to name a catalog entry in either language: the word itself,
 * and the grammar around it that the message's ICU `select` chooses with.
 */

/** Letters whose English name starts with a vowel sound: "an LCSW", "an RBT", "an FNP". */
const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");

/** Words spelled with a vowel but said with a consonant ("a unit", "a one-time"), and the reverse ("an hour"). */
const CONSONANT_SOUND_START = /^(uni|use|usu|uti|eu|one\b|once\b)/i;
const VOWEL_SOUND_START = /^(hour|honest|honor|heir)/i;

/**
 * "a" or "an" before `word` as it is said aloud: an acronym by the name of its first letter
 * ("an LCSW", "a QMHA", "a BCBA"), any other word by its first sound ("an associate", "a unit").
 */
export function englishArticle(word: string): "a" | "an" {
  const first = word.trim().split(/[\s/(),-]+/)[0] ?? "";
  if (!first) return "a";
  const isAcronym = first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first);
  if (isAcronym) return VOWEL_SOUND_LETTERS.has(first[0]!) ? "an" : "a";
  if (VOWEL_SOUND_START.test(first)) return "an";
  if (CONSONANT_SOUND_START.test(first)) return "a";
  return /^[aeiou]/i.test(first) ? "an" : "a";
}

/**
 * A credential's short name as it reads mid-sentence: an acronym or a title led by one stays
 * ("LPC Associate"), a plain word starts in lower case ("a case manager", not "a Case manager").
 */
export function nameInSentence(name: string): string {
  if (/^[A-Z][A-Za-z]*[A-Z]/.test(name)) return name;
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

/**
 * The values a message naming a credential takes: its short name, the English article it needs,
 * and whether it is known at all (the "unknown" entry is not a credential to describe: a message
 * says "their credential is not known yet" instead of "What a Unknown…").
 */
export function credentialSentenceValues(credential: Pick<Credential, "abbreviation" | "kind"> | undefined) {
  const name = nameInSentence(credential?.abbreviation ?? "");
  return {
    credential: name,
    article: englishArticle(name),
    known: credential && credential.kind !== "unknown" ? "yes" : "no",
  } as const;
}

/** State names that Spanish writes differently (the rest are written as in English). */
const SPANISH_STATE_NAMES: Readonly<Record<string, string>> = {
  DC: "Distrito de Columbia",
  HI: "Hawái",
  LA: "Luisiana",
  MI: "Míchigan",
  MO: "Misuri",
  MS: "Misisipi",
  NC: "Carolina del Norte",
  ND: "Dakota del Norte",
  NH: "Nuevo Hampshire",
  NJ: "Nueva Jersey",
  NM: "Nuevo México",
  NY: "Nueva York",
  OR: "Oregón",
  PA: "Pensilvania",
  SC: "Carolina del Sur",
  SD: "Dakota del Sur",
  WV: "Virginia Occidental",
};

/** A state's name in the reader's language ("Oregón" in Spanish); the code itself for an unknown one. */
export function usStateName(code: string, locale: string): string {
  const english = US_STATES.find((state) => state.code === code)?.name;
  if (!english) return code;
  return locale.toLowerCase().startsWith("es") ? (SPANISH_STATE_NAMES[code] ?? english) : english;
}

/**
 * The values of a "needed for" message: the needs that call for a service, as one list in the
 * reader's language ("trauma and aggression"), and whether someone also marked it as needed
 * directly (`markedId` among the reasons), so the sentence says so in its own words.
 */
export function neededForValues(
  reasons: readonly string[],
  markedId: string,
  needLabel: (id: string) => string,
  locale: string,
) {
  const needs = reasons.filter((id) => id !== markedId).map(needLabel);
  const marked = reasons.includes(markedId);
  const which = marked ? (needs.length > 0 ? "both" : "marked") : "needs";
  return { which, needs: new Intl.ListFormat(locale, { type: "conjunction" }).format(needs) } as const;
}

/**
 * How a provider's stated title stands beside their credential in one sentence: `same` when the
 * title is only the credential's own name ("Psychiatrist", introduced as "psychiatrist"), so it is
 * said once; `unknown` when the credential is not known yet; else both are said.
 */
export function titledAs(
  statedTitle: string,
  credential: Pick<Credential, "abbreviation" | "label" | "kind"> | undefined,
  /** The same entry in other words (English, when `credential` is translated): a title matching either is the same. */
  ...otherWords: readonly Pick<Credential, "abbreviation" | "label">[]
): "same" | "unknown" | "other" {
  if (!credential || credential.kind === "unknown") return "unknown";
  const folded = statedTitle.trim().toLocaleLowerCase();
  const names = [credential, ...otherWords].flatMap((entry) => [entry.abbreviation, entry.label]);
  return names.some((name) => name.toLocaleLowerCase() === folded) ? "same" : "other";
}
