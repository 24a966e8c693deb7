import { requireActor } from "@/lib/server/auth/current-user";
import { deleteRequest, getRequest, updateRequest } from "@/lib/requests/requests";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { requestPatchSchema } from "@/lib/schemas/requests";

type Params = { familyId: string; requestId: string };

export const GET = route<Params>(async (_request, { familyId, requestId }) => {
  const actor = await requireActor();
  return json({ request: await getRequest(actor, familyId, requestId) });
});

export const PATCH = route<Params>(async (request, { familyId, requestId }) => {
  const actor = await requireActor();
  const input = await readJson(request, requestPatchSchema);
  return json({ request: await updateRequest(actor, familyId, requestId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, requestId }) => {
  const actor = await requireActor();
  await deleteRequest(actor, familyId, requestId, idempotencyOf(request));
  return noContent();
});
