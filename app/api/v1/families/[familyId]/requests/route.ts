import { requireActor } from "@/lib/server/auth/current-user";
import { createRequest, listRequests } from "@/lib/requests/requests";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { requestCreateSchema } from "@/lib/schemas/requests";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ requests: await listRequests(actor, familyId) });
});

export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, requestCreateSchema);
  return json({ request: await createRequest(actor, familyId, input, idempotencyOf(request, input)) }, 201);
});
