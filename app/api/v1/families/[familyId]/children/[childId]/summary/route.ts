import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { careSummary } from "@/lib/records/care-summary";

type Params = { familyId: string; childId: string };

/** The one-page care-team summary of a child, as data (the family's members and coach). */
export const GET = route<Params>(async (_request, { familyId, childId }) => {
  const actor = await requireActor();
  return json({ summary: await careSummary(actor, familyId, childId) });
});
