import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { readQuery } from "@/lib/server/http/query";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { createCitation, listCitations } from "@/lib/documents/citations";
import { citationCreateSchema, citationListQuerySchema } from "@/lib/schemas/documents";

type Params = { familyId: string };

export const GET = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const query = readQuery(request, citationListQuerySchema);
  return json({ citations: await listCitations(actor, familyId, query) });
});

export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = await readJson(request, citationCreateSchema);
  return json({ citation: await createCitation(actor, familyId, input, idempotencyOf(request, input)) }, 201);
});
