import { requireActor } from "@/lib/server/auth/current-user";
import { createAction, listActions } from "@/lib/coaching/actions";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { createActionSchema } from "@/lib/schemas/coaching";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ actions: await listActions(actor, familyId) });
});

export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, createActionSchema);
  return json({ action: await createAction(actor, familyId, input) }, 201);
});
