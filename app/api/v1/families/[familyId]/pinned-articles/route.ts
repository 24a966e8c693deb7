import { getPinnedArticles, setPinnedArticles } from "@/lib/articles/pins";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
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
