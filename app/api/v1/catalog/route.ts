import { catalogDto } from "@/lib/domain/catalog/dto";
import { json } from "@/lib/server/http/respond";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { catalogQuerySchema } from "@/lib/schemas/catalog";

// Public: the catalog holds no family data, and the articles that explain it are public too.
// English by default; `?locale=es` gives the same shape with the words in Spanish; `?state=TX`
// the national entries plus Texas's own titles.
export const GET = route(async (request) => {
  const { locale, state } = parseWith(catalogQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return json(catalogDto(locale, state ?? null));
});
