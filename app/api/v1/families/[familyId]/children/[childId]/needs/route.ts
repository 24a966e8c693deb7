import { requireActor } from "@/lib/auth/current-user";
import { createNeed, listNeeds } from "@/lib/care-team/needs";
import { readJson } from "@/lib/http/body";
import { idempotencyOf } from "@/lib/http/idempotency-key";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { needCreateSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; childId: string };

export const GET = route<Params>(async (_request, { familyId, childId }) => {
  const actor = await requireActor();
  const { needs } = await listNeeds(actor, familyId, childId);
  return json({ needs });
});

export const POST = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  const input = await readJson(request, needCreateSchema);
  return json({ need: await createNeed(actor, familyId, childId, input, idempotencyOf(request, input)) }, 201);
});
