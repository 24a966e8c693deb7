import { requireActor } from "@/lib/server/auth/current-user";
import { setArchived } from "@/lib/coaching/archive";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

type Params = { familyId: string };

/** POST archives the family (off the active caseload, nothing deleted); DELETE brings it back. */
export const POST = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json(await setArchived(actor, familyId, true));
});

export const DELETE = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json(await setArchived(actor, familyId, false));
});
