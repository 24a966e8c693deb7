import { findArticle } from "@/lib/articles/library";
import { metaOf } from "@/lib/articles/load";
import { notFound } from "@/lib/http/errors";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Public: one article's front matter, its sanitized HTML and its headings. */
export const GET = route<{ slug: string }>(async (_request, { slug }) => {
  const article = findArticle(slug);
  if (!article) throw notFound();
  return json({ article: { ...metaOf(article), html: article.html, headings: article.headings } });
});
