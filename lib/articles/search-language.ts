/** What search needs to know of one language; the data is in words-<locale>.ts. */
export type SearchLanguage = {
  /** Words too common to mean anything in a search, folded (lower case, no accents). */
  stopWords: ReadonlySet<string>;
  /** Folds the endings people vary when they search (plurals above all). */
  stem: (word: string) => string;
  /** Phrases people search with → the terms the articles are indexed under. */
  phrases: readonly (readonly [phrase: string, adds: string])[];
  /** Single words that stand for others. */
  words: Readonly<Record<string, string>>;
};
