import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { frontMatterSchema, splitFrontMatter, type FrontMatter } from "@/lib/schemas/article-front-matter";
import { readingMinutesOf, renderMarkdown, type Heading } from "./render";
import { defaultLocale, type Locale } from "@/lib/core/i18n/locales";

/** `locale`: the language the article is written in. */
export type ArticleMeta = FrontMatter & { slug: string; locale: Locale; readingMinutes: number };

export type Article = ArticleMeta & {
  html: string;
  headings: Heading[];
  text: string;
  links: string[];
};

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

class ArticleError extends Error {}

/** One article from its file text; a broken one throws with the file named, never half-loads. */
export function parseArticle(slug: string, source: string, locale: Locale = defaultLocale): Article {
  if (!SLUG_PATTERN.test(slug)) throw new ArticleError(`${slug}.md: file names are lower-case kebab-case`);
  const parts = splitFrontMatter(source);
  if (!parts) throw new ArticleError(`${slug}.md: no front matter`);
  const result = frontMatterSchema.safeParse(parseYaml(parts.yaml));
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new ArticleError(`${slug}.md: ${problems}`);
  }
  const rendered = renderMarkdown(parts.body);
  return { slug, locale, ...result.data, readingMinutes: readingMinutesOf(rendered.text), ...rendered };
}

/**
 * The folder of each language: English in content/articles, a translation in a subfolder named
 * for its language, under the English article's file name. The paths are spelled out so the
 * build traces only these folders.
 */
function articleFolder(locale: Locale): string {
  return locale === "es"
    ? path.join(process.cwd(), "content", "articles", "es")
    : path.join(process.cwd(), "content", "articles");
}

/**
 * Every article in one language, newest first then by title. Read from the project root at run
 * time (`next start` runs there).
 */
export function loadArticles(locale: Locale = defaultLocale): Article[] {
  const folder = articleFolder(locale);
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith(".md")) : [];
  const articles = files.map((name) =>
    parseArticle(name.slice(0, -3), fs.readFileSync(path.join(folder, name), "utf8"), locale),
  );
  return articles.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, locale));
}

type Library = { articles: Article[]; bySlug: Map<string, Article> };
const cached = new Map<Locale, Library>();

/** Read once per process and language: the articles ship with the build and do not change while it runs. */
export function articleLibrary(locale: Locale = defaultLocale): Library {
  let library = cached.get(locale);
  if (!library) {
    const articles = loadArticles(locale);
    library = { articles, bySlug: new Map(articles.map((article) => [article.slug, article])) };
    cached.set(locale, library);
  }
  return library;
}

export function metaOf(article: Article): ArticleMeta {
  const { slug, locale, title, summary, audience, tags, credentials, services, needs, updated, readingMinutes } =
    article;
  return { slug, locale, title, summary, audience, tags, credentials, services, needs, updated, readingMinutes };
}
