import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { frontMatterSchema, splitFrontMatter, type FrontMatter } from "./front-matter";
import { readingMinutesOf, renderMarkdown, type Heading } from "./render";

export type ArticleMeta = FrontMatter & { slug: string; readingMinutes: number };

export type Article = ArticleMeta & {
  html: string;
  headings: Heading[];
  text: string;
  links: string[];
};

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;


export class ArticleError extends Error {}

/** One article from its file text; a broken one throws with the file named, never half-loads. */
export function parseArticle(slug: string, source: string): Article {
  if (!SLUG_PATTERN.test(slug)) throw new ArticleError(`${slug}.md: file names are lower-case kebab-case`);
  const parts = splitFrontMatter(source);
  if (!parts) throw new ArticleError(`${slug}.md: no front matter`);
  const result = frontMatterSchema.safeParse(parseYaml(parts.yaml));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    throw new ArticleError(`${slug}.md: ${problems}`);
  }
  const rendered = renderMarkdown(parts.body);
  return { slug, ...result.data, readingMinutes: readingMinutesOf(rendered.text), ...rendered };
}

/**
 * Every article in content/articles, newest first then by title. Read from the project root at
 * run time (`next start` runs there); the paths are spelled out so the build traces only that folder.
 */
export function loadArticles(): Article[] {
  const files = fs.readdirSync(path.join(process.cwd(), "content", "articles")).filter((name) => name.endsWith(".md"));
  const articles = files.map((name) => parseArticle(name.slice(0, -3), fs.readFileSync(path.join(process.cwd(), "content", "articles", name), "utf8")));
  return articles.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
}

let cached: { articles: Article[]; bySlug: Map<string, Article> } | undefined;

/** Read once per process: the articles ship with the build and do not change while it runs. */
export function articleLibrary() {
  if (!cached) {
    const articles = loadArticles();
    cached = { articles, bySlug: new Map(articles.map((article) => [article.slug, article])) };
  }
  return cached;
}

export function metaOf(article: Article): ArticleMeta {
  const { slug, title, summary, audience, tags, credentials, services, needs, updated, readingMinutes } = article;
  return { slug, title, summary, audience, tags, credentials, services, needs, updated, readingMinutes };
}
