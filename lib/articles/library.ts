import "server-only";
import { defaultLocale, locales, type Locale } from "@/lib/core/i18n/locales";
import { articleLibrary, metaOf, type Article, type ArticleMeta } from "./load";
import { buildArticleSearch, matchesFilter, type ArticleFilter, type SearchHit } from "./search";
import { relatedArticles } from "./related";

const searches = new Map<Locale, ReturnType<typeof buildArticleSearch>>();

/** Every article's metadata in one language (newest first), optionally filtered. */
export function listArticles(filter: ArticleFilter = {}, locale: Locale = defaultLocale): ArticleMeta[] {
  return articleLibrary(locale)
    .articles.filter((article) => matchesFilter(article, filter))
    .map(metaOf);
}

class TranslationError extends Error {}

/**
 * Loads content/ in every language and builds the search indexes. The server calls it at
 * start-up, so an article with broken front matter, or a translation with no English original,
 * stops the start with a message rather than failing a reader later. Returns the English count.
 */
export function prepareArticles(): number {
  for (const locale of locales) {
    if (locale !== defaultLocale) {
      const orphans = articleLibrary(locale).articles.filter(
        (article) => !articleLibrary(defaultLocale).bySlug.has(article.slug),
      );
      if (orphans.length > 0)
        throw new TranslationError(
          `content/articles/${locale}: no English article for ${orphans.map((article) => `${article.slug}.md`).join(", ")}`,
        );
    }
    if (!searches.has(locale)) searches.set(locale, buildArticleSearch(articleLibrary(locale).articles, locale));
  }
  return articleLibrary(defaultLocale).articles.length;
}

/** Ranked matches among the articles written in one language. */
export function searchArticles(query: string, filter: ArticleFilter = {}, locale: Locale = defaultLocale): SearchHit[] {
  prepareArticles();
  return searches.get(locale)!(query, filter);
}

/** The article in exactly this language, if it is written in it. */
export function findArticle(slug: string, locale: Locale = defaultLocale): Article | undefined {
  return articleLibrary(locale).bySlug.get(slug);
}

/** Related articles in the article's own language. */
export function relatedTo(article: Article, limit = 3): ArticleMeta[] {
  return relatedArticles(article, articleLibrary(article.locale).articles, limit).map(metaOf);
}

/** Every tag in use in one language, alphabetically, for the index page's filter. */
export function allTags(locale: Locale = defaultLocale): string[] {
  return [...new Set(articleLibrary(locale).articles.flatMap((article) => article.tags))].sort();
}
