import { requireActor } from "@/lib/server/auth/current-user";
import { createLetter, listLetters } from "@/lib/letters/letters";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { letterCreateSchema } from "@/lib/schemas/letters";

type Params = { familyId: string };

export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ letters: await listLetters(actor, familyId) });
});

/** A letter drafted from the record today; the family edits it before use. */
export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, letterCreateSchema);
  return json({ letter: await createLetter(actor, familyId, input, idempotencyOf(request, input)) }, 201);
});
