import "server-only";
import { articleLibrary, metaOf, type Article, type ArticleMeta } from "./load";
import { buildArticleSearch, matchesFilter, type ArticleFilter, type SearchHit } from "./search";
import { relatedArticles } from "./related";

let search: ReturnType<typeof buildArticleSearch> | undefined;

/** Every article's metadata (newest first), optionally filtered. */
export function listArticles(filter: ArticleFilter = {}): ArticleMeta[] {
  return articleLibrary().articles.filter((article) => matchesFilter(article, filter)).map(metaOf);
}

/**
 * Loads content/ and builds the search index. The server calls it at start-up, so an article
 * with broken front matter stops the start with a message rather than failing a reader later.
 */
export function prepareArticles(): number {
  search ??= buildArticleSearch(articleLibrary().articles);
  return articleLibrary().articles.length;
}

/** Ranked matches from the index built out of content/. */
export function searchArticles(query: string, filter: ArticleFilter = {}): SearchHit[] {
  prepareArticles();
  return search!(query, filter);
}

export function findArticle(slug: string): Article | undefined {
  return articleLibrary().bySlug.get(slug);
}

export function relatedTo(article: Article, limit = 3): ArticleMeta[] {
  return relatedArticles(article, articleLibrary().articles, limit).map(metaOf);
}

/** Every tag in use, alphabetically, for the index page's filter. */
export function allTags(): string[] {
  return [...new Set(articleLibrary().articles.flatMap((article) => article.tags))].sort();
}

export function isArticleSlug(slug: string): boolean {
  return articleLibrary().bySlug.has(slug);
}
