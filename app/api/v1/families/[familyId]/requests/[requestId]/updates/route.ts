import { requireActor } from "@/lib/server/auth/current-user";
import { addRequestUpdate } from "@/lib/requests/updates";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { requestUpdateCreateSchema } from "@/lib/schemas/requests";

type Params = { familyId: string; requestId: string };

export const POST = route<Params>(async (request, { familyId, requestId }) => {
  const actor = await requireActor();
  const input = await readJson(request, requestUpdateCreateSchema);
  return json(await addRequestUpdate(actor, familyId, requestId, input, idempotencyOf(request, input)), 201);
});
