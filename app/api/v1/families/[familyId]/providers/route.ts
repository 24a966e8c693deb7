import { requireActor } from "@/lib/auth/current-user";
import { createProvider, listProviders } from "@/lib/care-team/providers";
import { readJson } from "@/lib/http/body";
import { idempotencyOf } from "@/lib/http/idempotency-key";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
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
