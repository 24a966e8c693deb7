import { moveFamily } from "@/lib/admin/families";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { moveFamilySchema } from "@/lib/schemas/admin";

/** Moves the family to another coach: `{ "coachId": "…" }`. The old coach loses access at once. */
export const POST = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, moveFamilySchema);
  return json({ family: await moveFamily(actor, familyId, input) });
});
