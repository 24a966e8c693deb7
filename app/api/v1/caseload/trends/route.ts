import { requireActor } from "@/lib/auth/current-user";
import { caseloadTrends } from "@/lib/caseload/trends";
import { isBackgroundRequest } from "@/lib/http/background";
import { json } from "@/lib/http/respond";
import { readQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { caseloadTrendsQuerySchema } from "@/lib/schemas/caseload";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  return json(await caseloadTrends(actor, readQuery(request, caseloadTrendsQuerySchema)));
});
