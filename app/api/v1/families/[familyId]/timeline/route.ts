import { requireActor } from "@/lib/server/auth/current-user";
import { familyTimeline } from "@/lib/care-team/gaps";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { timelineQuerySchema } from "@/lib/schemas/care-team";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const range = readQuery(request, timelineQuerySchema);
  return json(await familyTimeline(actor, familyId, range));
});
