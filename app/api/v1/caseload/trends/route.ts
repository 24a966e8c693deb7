import { requireActor } from "@/lib/server/auth/current-user";
import { caseloadTrends } from "@/lib/caseload/trends";
import { isBackgroundRequest } from "@/lib/server/http/background";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { caseloadTrendsQuerySchema } from "@/lib/schemas/caseload";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  readQuery(request, caseloadTrendsQuerySchema);
  return json(await caseloadTrends(actor));
});
