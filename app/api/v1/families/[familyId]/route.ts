import { requireActor } from "@/lib/auth/current-user";
import { getFamilySummary } from "@/lib/families/queries";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ familyId: string }>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ family: await getFamilySummary(actor, familyId) });
});
