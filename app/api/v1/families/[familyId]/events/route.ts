import { requireActor } from "@/lib/auth/current-user";
import { listCareEvents } from "@/lib/care-team/events";
import { json } from "@/lib/http/respond";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { eventsQuerySchema } from "@/lib/schemas/care-team";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const page = readQuery(request, eventsQuerySchema);
  return json(await listCareEvents(actor, familyId, page));
});
