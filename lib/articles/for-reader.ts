import "server-only";
import { defaultLocale, type Locale } from "@/lib/core/i18n/locales";
import { articleLibrary, metaOf, type Article, type ArticleMeta } from "./load";
import { findArticle, listArticles, searchArticles } from "./library";
import type { ArticleFilter, SearchHit } from "./search";

/**
 * What a reader of the site sees in their language: the translation where there is one, else
 * the English article, marked (`fallback`) so the page can say so and mark its language.
 */
type ReaderArticle = ArticleMeta & { fallback: boolean; snippet?: string };

export function articleForReader(slug: string, locale: Locale): { article: Article; fallback: boolean } | undefined {
  const translated = findArticle(slug, locale);
  if (translated) return { article: translated, fallback: false };
  const original = findArticle(slug, defaultLocale);
  return original ? { article: original, fallback: locale !== defaultLocale } : undefined;
}

/** The reader's title for a slug (pinned articles, message cards), or undefined for an unknown slug. */
export function readerMeta(slug: string, locale: Locale): ReaderArticle | undefined {
  const found = articleForReader(slug, locale);
  return found && { ...metaOf(found.article), fallback: found.fallback };
}

/** Every article for a reader: those written in their language first, then the English ones not yet translated. */
export function articlesForReader(filter: ArticleFilter, locale: Locale): ReaderArticle[] {
  const own = listArticles(filter, locale).map((article) => ({ ...article, fallback: false }));
  if (locale === defaultLocale) return own;
  const translated = articleLibrary(locale).bySlug;
  const rest = listArticles(filter, defaultLocale).filter((article) => !translated.has(article.slug));
  return [...own, ...rest.map((article) => ({ ...article, fallback: true }))];
}

/** Search for a reader: matches in their language first, then English matches among the untranslated. */
export function searchForReader(
  query: string,
  filter: ArticleFilter,
  locale: Locale,
): (SearchHit & { fallback: boolean })[] {
  const own = searchArticles(query, filter, locale).map((hit) => ({ ...hit, fallback: false }));
  if (locale === defaultLocale) return own;
  const translated = articleLibrary(locale).bySlug;
  const rest = searchArticles(query, filter, defaultLocale).filter((hit) => !translated.has(hit.slug));
  return [...own, ...rest.map((hit) => ({ ...hit, fallback: true }))];
}
