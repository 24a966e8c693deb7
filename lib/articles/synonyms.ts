import type { Locale } from "@/lib/core/i18n/locales";
import { foldText, searchLanguages } from "./normalize";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A language's phrases as patterns over folded text (lower case, no accents, an optional plural
 * "s", spaces or hyphens between words), built once per language.
 */
const patternsByLocale = new Map<Locale, { pattern: RegExp; adds: string }[]>();
function phrasePatterns(locale: Locale) {
  let patterns = patternsByLocale.get(locale);
  if (!patterns) {
    patterns = searchLanguages[locale].phrases.map(([phrase, adds]) => ({
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(phrase)).replace(/ /g, "[\\s-]+")}s?(?![\\p{L}\\p{N}])`,
        "u",
      ),
      adds,
    }));
    patternsByLocale.set(locale, patterns);
  }
  return patterns;
}

/**
 * The extra terms a text stands for in a language ("licensed clinical social workers" → "lcsw").
 * They are appended to both the query and the article, so either side may use the long or the
 * short form.
 */
export function aliasesOf(text: string, locale: Locale = "en"): string {
  const { words } = searchLanguages[locale];
  const folded = foldText(text).replace(/[’]/g, "'");
  const added = new Set<string>();
  for (const { pattern, adds } of phrasePatterns(locale)) if (pattern.test(folded)) added.add(adds);
  for (const word of folded.split(/[^\p{L}\p{N}'-]+/u)) {
    const adds = Object.hasOwn(words, word) ? words[word] : undefined;
    if (adds) added.add(adds);
  }
  return [...added].join(" ");
}
