import { requireActor } from "@/lib/server/auth/current-user";
import { listTags, setTags } from "@/lib/coaching/tags";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { tagsInputSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ tags: await listTags(actor, familyId) });
});

export const PUT = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, tagsInputSchema);
  return json({ tags: await setTags(actor, familyId, input) });
});
