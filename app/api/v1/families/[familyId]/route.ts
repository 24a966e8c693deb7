import { requireActor } from "@/lib/server/auth/current-user";
import { getFamilySummary } from "@/lib/families/queries";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

export const GET = route<{ familyId: string }>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ family: await getFamilySummary(actor, familyId) });
});
