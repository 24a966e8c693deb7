import { getPinnedArticles, setPinnedArticles } from "@/lib/articles/pins";
import { requireActor } from "@/lib/auth/current-user";
import { readJson } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { pinnedArticlesSchema } from "@/lib/schemas/articles";

export const GET = route<{ familyId: string }>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ pinnedArticles: await getPinnedArticles(actor, familyId) });
});

export const PUT = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, pinnedArticlesSchema);
  return json({ pinnedArticles: await setPinnedArticles(actor, familyId, input) });
});
