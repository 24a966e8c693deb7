import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { deleteDocument, getDocument, updateDocument } from "@/lib/documents/documents";
import { documentPatchSchema } from "@/lib/schemas/documents";

type Params = { familyId: string; documentId: string };

export const GET = route<Params>(async (_request, { familyId, documentId }) => {
  const actor = await requireActor();
  return json({ document: await getDocument(actor, familyId, documentId) });
});

export const PATCH = route<Params>(async (request, { familyId, documentId }) => {
  const actor = await requireActor();
  const input = await readJson(request, documentPatchSchema);
  return json({ document: await updateDocument(actor, familyId, documentId, input, idempotencyOf(request, input)) });
});

export const DELETE = route<Params>(async (request, { familyId, documentId }) => {
  const actor = await requireActor();
  await deleteDocument(actor, familyId, documentId, idempotencyOf(request));
  return noContent();
});
