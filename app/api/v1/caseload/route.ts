import { requireActor } from "@/lib/server/auth/current-user";
import { adminFamilyPage } from "@/lib/admin/families";
import { caseloadPage } from "@/lib/caseload/list";
import { isBackgroundRequest } from "@/lib/server/http/background";
import { json } from "@/lib/server/http/respond";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { caseloadQuerySchema } from "@/lib/schemas/caseload";

export const dynamic = "force-dynamic";

/** A coach's caseload ranked by need; for an admin, the practice's families by name, without care facts. */
export const GET = route(async (request) => {
  // The dashboard refreshes itself: that alone must not keep an idle session alive.
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  const query = readQuery(request, caseloadQuerySchema);
  return json(actor.role === "admin" ? await adminFamilyPage(actor, query) : await caseloadPage(actor, query));
});
