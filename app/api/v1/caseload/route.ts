import { requireActor } from "@/lib/server/auth/current-user";
import { caseloadPage } from "@/lib/caseload/list";
import { isBackgroundRequest } from "@/lib/server/http/background";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  // The dashboard refreshes itself: that alone must not keep an idle session open.
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  return json(await caseloadPage(actor, readQuery(request, caseloadQuerySchema)));
});
