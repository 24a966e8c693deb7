import { requireActor } from "@/lib/server/auth/current-user";
import { deleteProvider, getProvider, updateProvider } from "@/lib/care-team/providers";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { providerPatchSchema } from "@/lib/schemas/care-team";

type Params = { familyId: string; providerId: string };

export const GET = route<Params>(async (_request, { familyId, providerId }) => {
  const actor = await requireActor();
  return json({ provider: await getProvider(actor, familyId, providerId) });
});

export const PATCH = route<Params>(async (request, { familyId, providerId }) => {
  const actor = await requireActor();
  const input = await readJson(request, providerPatchSchema);
  return json({ provider: await updateProvider(actor, familyId, providerId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, providerId }) => {
  const actor = await requireActor();
  await deleteProvider(actor, familyId, providerId, idempotencyOf(request));
  return noContent();
});
