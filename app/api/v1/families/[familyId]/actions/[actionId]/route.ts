import { requireActor } from "@/lib/server/auth/current-user";
import { updateAction } from "@/lib/coaching/actions";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { updateActionSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string; actionId: string };

export const PATCH = route<Params>(async (request, { familyId, actionId }) => {
  const actor = await requireActor();
  const input = await readJson(request, updateActionSchema);
  return json({ action: await updateAction(actor, familyId, actionId, input) });
});
