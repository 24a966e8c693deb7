import { requireActor } from "@/lib/auth/current-user";
import { familyTimeline } from "@/lib/care-team/gaps";
import { json } from "@/lib/http/respond";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { timelineQuerySchema } from "@/lib/schemas/care-team";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const range = readQuery(request, timelineQuerySchema);
  return json(await familyTimeline(actor, familyId, range));
});
