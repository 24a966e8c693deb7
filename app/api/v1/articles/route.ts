import { listArticles, searchArticles } from "@/lib/articles/library";
import { json } from "@/lib/server/http/respond";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { articleQuerySchema } from "@/lib/schemas/articles";

/**
 * Public: without q, every article's front matter; with q, ranked hits with a marked snippet.
 * `locale=es` lists (and searches) the articles written in Spanish; English by default.
 */
export const GET = route(async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { q, audience, tag, locale = "en" } = parseWith(articleQuerySchema, params);
  const filter = { audience, tag: tag || undefined };
  return json({ articles: q ? searchArticles(q, filter, locale) : listArticles(filter, locale) });
});
