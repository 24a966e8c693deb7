import MiniSearch from "minisearch";
import type { Article, ArticleMeta } from "./load";
import { metaOf } from "./load";
import { processTerm } from "./normalize";
import { aliasesOf } from "./synonyms";
import type { Audience } from "@/lib/schemas/article-front-matter";
import type { Locale } from "@/lib/core/i18n/locales";

type TermProcessor = (term: string) => string | null;

export type ArticleFilter = { audience?: Audience; tag?: string };
export type SearchHit = ArticleMeta & { score: number; snippet: string };

type IndexedArticle = {
  id: string;
  title: string;
  summary: string;
  tags: string;
  catalog: string;
  headings: string;
  text: string;
  aliases: string;
};

const FIELDS = ["title", "summary", "tags", "catalog", "headings", "text", "aliases"] as const;
const RELATIVE_FLOOR = 0.15;
const BOOST = { title: 5, tags: 3, catalog: 3, summary: 2, headings: 2, aliases: 1.5, text: 1 };

function indexEntry(article: Article, aliases: (text: string) => string): IndexedArticle {
  const catalog = [...article.credentials, ...article.services, ...article.needs].join(" ");
  const everything = `${article.title} ${article.summary} ${article.text}`;
  return {
    id: article.slug,
    title: article.title,
    summary: article.summary,
    tags: article.tags.join(" "),
    catalog,
    headings: article.headings.map((heading) => heading.text).join(" "),
    text: article.text,
    aliases: `${aliases(everything)} ${aliases(catalog)}`,
  };
}

/** Audience "parents" also finds articles for both; "both" finds only those written for both. */
export function matchesFilter(article: ArticleMeta, filter: ArticleFilter): boolean {
  if (
    filter.audience &&
    article.audience !== filter.audience &&
    !(article.audience === "both" && filter.audience !== "both")
  )
    return false;
  if (filter.tag && !article.tags.includes(filter.tag)) return false;
  return true;
}

/** A search index over a set of articles in one language, built once from their text (never by hand). */
export function buildArticleSearch(articles: Article[], locale: Locale = "en") {
  const process: TermProcessor = (term) => processTerm(term, locale);
  const aliases = (text: string) => aliasesOf(text, locale);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const index = new MiniSearch<IndexedArticle>({
    fields: [...FIELDS],
    processTerm: (term) => process(term) ?? undefined,
    searchOptions: {
      boost: BOOST,
      // Typos and word starts count, a little less than the word itself.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 4,
      weights: { fuzzy: 0.4, prefix: 0.6 },
      combineWith: "OR",
    },
  });
  index.addAll(articles.map((article) => indexEntry(article, aliases)));

  return function search(query: string, filter: ArticleFilter = {}): SearchHit[] {
    const expanded = `${query} ${aliases(query)}`;
    const results = index.search(expanded, {
      filter: (result) => matchesFilter(bySlug.get(result.id as string)!, filter),
    });
    // One common word shared with the best answer is not an answer: faint matches are left out.
    const floor = (results[0]?.score ?? 0) * RELATIVE_FLOOR;
    return results
      .filter((result) => result.score >= floor)
      .map((result) => {
        const article = bySlug.get(result.id as string)!;
        return {
          ...metaOf(article),
          score: Math.round(result.score * 1000) / 1000,
          snippet: snippetFor(article, new Set([...result.terms, ...result.queryTerms]), process),
        };
      });
  };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const WINDOW = 30;

/**
 * A short passage around the densest cluster of matched words, HTML-escaped, each match in
 * <mark>. Falls back to the summary when only the title or tags matched.
 */
function snippetFor(
  article: Pick<Article, "text" | "summary">,
  terms: Set<string>,
  process: TermProcessor = (term) => processTerm(term),
): string {
  // The passage comes from one block (paragraph, list item), so it reads as a sentence.
  const blocks = article.text.split("\n");
  const hitsIn = (block: string) =>
    block.split(/[^\p{L}\p{N}]+/u).filter((word) => terms.has(process(word) ?? "")).length;
  let best = "";
  let bestHits = 0;
  for (const block of blocks) {
    const hits = hitsIn(block);
    if (hits > bestHits) [best, bestHits] = [block, hits];
  }
  return (
    (bestHits > 0 ? highlight(best, terms, process) : null) ??
    highlight(article.summary, terms, process, true) ??
    escapeHtml(article.summary)
  );
}

function highlight(text: string, terms: Set<string>, processTerm: TermProcessor, whole = false): string | null {
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => {
    const processed = processTerm(match[0]);
    const parts = match[0].split(/[-'’]/).map(processTerm);
    const hit = (processed !== null && terms.has(processed)) || parts.some((part) => part !== null && terms.has(part));
    return { start: match.index, end: match.index + match[0].length, hit };
  });
  const hits = words.flatMap((word, i) => (word.hit ? [i] : []));
  if (hits.length === 0) return null;
  let from = 0;
  let to = words.length;
  if (!whole) {
    // The window holding the most hits wins; ties go to the earliest.
    let best = hits[0]!;
    let bestCount = 0;
    for (const start of hits) {
      const count = hits.filter((i) => i >= start && i < start + WINDOW).length;
      if (count > bestCount) [best, bestCount] = [start, count];
    }
    from = Math.max(0, best - 6);
    to = Math.min(words.length, from + WINDOW);
  }
  const startChar = from === 0 ? 0 : words[from]!.start;
  const endChar = to === words.length ? text.length : words[to - 1]!.end;
  let out = "";
  let cursor = startChar;
  for (const word of words.slice(from, to)) {
    if (!word.hit) continue;
    out += `${escapeHtml(text.slice(cursor, word.start))}<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`;
    cursor = word.end;
  }
  out += escapeHtml(text.slice(cursor, endChar));
  return `${startChar > 0 ? "…" : ""}${out.trim()}${endChar < text.length ? "…" : ""}`;
}
