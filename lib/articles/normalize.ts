import { foldText } from "@/lib/core/fold-text";
import type { Locale } from "@/lib/core/i18n/locales";
import type { SearchLanguage } from "./search-language";
import { english } from "./words-en";
import { spanish } from "./words-es";

// The one search normaliser lives in lib/core so the catalog (lib/domain) folds text the same way.
export { foldText };

export const searchLanguages: Record<Locale, SearchLanguage> = { en: english, es: spanish };

/** One search term as the index stores it, or null for a word too common to mean anything. */
export function processTerm(term: string, locale: Locale = "en"): string | null {
  const { stopWords, stem } = searchLanguages[locale];
  const folded = foldText(term).replace(/['’]s$/, "");
  if (folded.length === 0 || stopWords.has(folded)) return null;
  return stem(folded);
}
