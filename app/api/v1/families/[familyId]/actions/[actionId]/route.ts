import { requireActor } from "@/lib/auth/current-user";
import { updateAction } from "@/lib/coaching/actions";
import { readJson } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { updateActionSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string; actionId: string };

export const PATCH = route<Params>(async (request, { familyId, actionId }) => {
  const actor = await requireActor();
  const input = await readJson(request, updateActionSchema);
  return json({ action: await updateAction(actor, familyId, actionId, input) });
});
