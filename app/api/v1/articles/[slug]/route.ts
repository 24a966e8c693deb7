import { articleForReader } from "@/lib/articles/for-reader";
import { metaOf } from "@/lib/articles/load";
import { notFound } from "@/lib/core/errors";
import { json } from "@/lib/server/http/respond";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { articleLocaleQuerySchema } from "@/lib/schemas/articles";

/**
 * Public: one article's front matter, its sanitized HTML and its headings. With `locale=es`, the
 * Spanish article, or the English one (its `locale` says "en") while there is no translation.
 */
export const GET = route<{ slug: string }>(async (request, { slug }) => {
  const { locale = "en" } = parseWith(articleLocaleQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const found = articleForReader(slug, locale);
  if (!found) throw notFound();
  return json({ article: { ...metaOf(found.article), html: found.article.html, headings: found.article.headings } });
});
