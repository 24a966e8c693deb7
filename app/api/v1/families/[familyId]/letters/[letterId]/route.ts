import { requireActor } from "@/lib/server/auth/current-user";
import { deleteLetter, getLetter, updateLetter } from "@/lib/letters/letters";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { letterPatchSchema } from "@/lib/schemas/letters";

type Params = { familyId: string; letterId: string };

export const GET = route<Params>(async (_request, { familyId, letterId }) => {
  const actor = await requireActor();
  return json({ letter: await getLetter(actor, familyId, letterId) });
});

export const PATCH = route<Params>(async (request, { familyId, letterId }) => {
  const actor = await requireActor();
  const input = await readJson(request, letterPatchSchema);
  return json({ letter: await updateLetter(actor, familyId, letterId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, letterId }) => {
  const actor = await requireActor();
  await deleteLetter(actor, familyId, letterId, idempotencyOf(request));
  return noContent();
});
