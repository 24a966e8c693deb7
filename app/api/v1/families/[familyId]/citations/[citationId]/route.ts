import { requireActor } from "@/lib/server/auth/current-user";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { deleteCitation } from "@/lib/documents/citations";

type Params = { familyId: string; citationId: string };

export const DELETE = route<Params>(async (request, { familyId, citationId }) => {
  const actor = await requireActor();
  await deleteCitation(actor, familyId, citationId, idempotencyOf(request));
  return noContent();
});
