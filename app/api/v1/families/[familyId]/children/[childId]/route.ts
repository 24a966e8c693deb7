import { requireActor } from "@/lib/server/auth/current-user";
import { deleteChild, updateChild } from "@/lib/care-team/children";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { childPatchSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; childId: string };

export const PATCH = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  const input = await readJson(request, childPatchSchema);
  return json({ child: await updateChild(actor, familyId, childId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  await deleteChild(actor, familyId, childId, idempotencyOf(request));
  return noContent();
});
