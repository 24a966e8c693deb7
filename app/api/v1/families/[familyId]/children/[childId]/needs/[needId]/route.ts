import { requireActor } from "@/lib/server/auth/current-user";
import { deleteNeed, updateNeed } from "@/lib/care-team/needs";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { needPatchSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; childId: string; needId: string };

export const PATCH = route<Params>(async (request, { familyId, childId, needId }) => {
  const actor = await requireActor();
  const input = await readJson(request, needPatchSchema);
  return json({ need: await updateNeed(actor, familyId, childId, needId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, childId, needId }) => {
  const actor = await requireActor();
  await deleteNeed(actor, familyId, childId, needId, idempotencyOf(request));
  return noContent();
});
