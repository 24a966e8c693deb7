import { requireActor } from "@/lib/server/auth/current-user";
import { deleteNeededService, updateNeededService } from "@/lib/care-team/needs";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { neededServicePatchSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; childId: string; markId: string };

export const PATCH = route<Params>(async (request, { familyId, childId, markId }) => {
  const actor = await requireActor();
  const input = await readJson(request, neededServicePatchSchema);
  return json({
    neededService: await updateNeededService(actor, familyId, childId, markId, input, idempotencyOf(request, input)),
  });
});

export const DELETE = route<Params>(async (request, { familyId, childId, markId }) => {
  const actor = await requireActor();
  await deleteNeededService(actor, familyId, childId, markId, idempotencyOf(request));
  return noContent();
});
