import type { Article } from "./load";

/**
 * Articles that explain the same credentials, services or needs, or share tags; an article's own
 * links to others count most, because the writer chose them.
 */
export function relatedArticles(article: Article, all: Article[], limit: number): Article[] {
  const linked = new Set(article.links.map((href) => /^\/articles\/([a-z0-9-]+)/.exec(href)?.[1]).filter(Boolean));
  const shared = (a: string[], b: string[]) => a.filter((item) => b.includes(item)).length;
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      score:
        (linked.has(other.slug) ? 3 : 0) +
        2 * shared(article.credentials, other.credentials) +
        2 * shared(article.services, other.services) +
        2 * shared(article.needs, other.needs) +
        shared(article.tags, other.tags),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
    .slice(0, limit)
    .map(({ other }) => other);
}
