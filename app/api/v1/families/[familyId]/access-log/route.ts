import { listAccessLog } from "@/lib/audit/access-log";
import { requireActor } from "@/lib/server/auth/current-user";
import { readQuery } from "@/lib/server/http/query";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { accessLogQuerySchema } from "@/lib/schemas/coaching";

/** Who opened this family's data and when: for its members and its coach. */
export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const page = readQuery(request, accessLogQuerySchema);
  return json(await listAccessLog(actor, familyId, page));
});
