import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export type Heading = { id: string; text: string; depth: 2 | 3 };

type RenderedMarkdown = {
  html: string;
  headings: Heading[];
  /** The visible text, one line per block (paragraph, list item, heading), for search and snippets. */
  text: string;
  /** Every href in the output, to check internal links. */
  links: string[];
};

/**
 * GitHub's sanitize schema, narrowed: links only to http(s), mailto and paths in this site;
 * images only from http(s) (never data:); no form controls (task-list checkboxes have no label).
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== "input"),
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    cite: ["http", "https"],
    longDesc: ["http", "https"],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped here (allowDangerousHtml stays off), then sanitized anyway.
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  // Ids after sanitizing, so they are not prefixed "user-content-" and the table of contents matches.
  .use(rehypeSlug)
  .use(rehypeExternalLinks, { target: "_blank", rel: ["noopener", "noreferrer"], protocols: ["http", "https"] })
  .use(rehypeStringify);

/** Markdown to safe HTML, with the h2/h3 headings for a table of contents. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const headings: Heading[] = [];
  const links: string[] = [];
  visit(tree, "element", (node: Element) => {
    if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
      headings.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
    }
    if (node.tagName === "a" && typeof node.properties.href === "string") links.push(node.properties.href);
  });
  return {
    html: processor.stringify(tree),
    headings,
    text: toString(tree)
      .replace(/[^\S\n]+/g, " ")
      .replace(/ *\n[\s]*/g, "\n")
      .trim(),
    links,
  };
}

const WORDS_PER_MINUTE = 200;

export function readingMinutesOf(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
