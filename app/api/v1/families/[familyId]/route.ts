import { requireActor } from "@/lib/server/auth/current-user";
import { getFamilySummary } from "@/lib/families/queries";
import { updateFamilySettings } from "@/lib/families/settings";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { familyPatchSchema } from "@/lib/schemas/families";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ family: await getFamilySummary(actor, familyId) });
});

/** A parent sets where the child is served: `{ "state": "TX" }` (null clears it). */
export const PATCH = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, familyPatchSchema);
  return json({ family: await updateFamilySettings(actor, familyId, input) });
});
