import { moveFamily } from "@/lib/admin/families";
import { requireActor } from "@/lib/auth/current-user";
import { readJson } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { moveFamilySchema } from "@/lib/schemas/admin";

/** Moves the family to another coach: `{ "coachId": "…" }`. The old coach loses access at once. */
export const POST = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, moveFamilySchema);
  return json({ family: await moveFamily(actor, familyId, input) });
});
