import { requireActor } from "@/lib/server/auth/current-user";
import { listCareEvents } from "@/lib/care-team/events";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { eventsQuerySchema } from "@/lib/schemas/care-team";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const page = readQuery(request, eventsQuerySchema);
  return json(await listCareEvents(actor, familyId, page));
});
