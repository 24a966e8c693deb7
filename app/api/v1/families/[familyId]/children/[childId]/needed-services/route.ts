import { requireActor } from "@/lib/server/auth/current-user";
import { createNeededService, listNeeds } from "@/lib/care-team/needs";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { neededServiceCreateSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; childId: string };

export const GET = route<Params>(async (_request, { familyId, childId }) => {
  const actor = await requireActor();
  const { neededServices } = await listNeeds(actor, familyId, childId);
  return json({ neededServices });
});

export const POST = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  const input = await readJson(request, neededServiceCreateSchema);
  return json(
    { neededService: await createNeededService(actor, familyId, childId, input, idempotencyOf(request, input)) },
    201,
  );
});
