import { requireActor } from "@/lib/server/auth/current-user";
import { familyGaps } from "@/lib/care-team/gaps";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { gapsQuerySchema } from "@/lib/schemas/care-team";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const { on } = readQuery(request, gapsQuerySchema);
  return json(await familyGaps(actor, familyId, on));
});
