import { requireActor } from "@/lib/server/auth/current-user";
import { createProvider, listProviders } from "@/lib/care-team/providers";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { providerCreateSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ providers: await listProviders(actor, familyId) });
});

export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, providerCreateSchema);
  return json({ provider: await createProvider(actor, familyId, input, idempotencyOf(request, input)) }, 201);
});
