import { requireActor } from "@/lib/server/auth/current-user";
import { receiveForm, withUploadFolder } from "@/lib/server/http/multipart";
import { readQuery } from "@/lib/server/http/query";
import { json } from "@/lib/server/http/respond";
import { route, streamingRoute } from "@/lib/server/http/route";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { assertMayAddDocuments, createDocument, inStoringTurn, listDocuments } from "@/lib/documents/documents";
import { prepareUpload } from "@/lib/documents/inspect";
import { parseUploadFields } from "@/lib/documents/upload-fields";
import { documentListQuerySchema } from "@/lib/schemas/documents";
import { DOCUMENT_MAX_BYTES } from "@/lib/schemas/limits";

type Params = { familyId: string };

export const GET = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const query = readQuery(request, documentListQuerySchema);
  return json({ documents: await listDocuments(actor, familyId, query) });
});

/**
 * multipart/form-data: `file` and the document's fields. Who may add to the family is checked
 * before the body is read; the file streams to a temporary file, its type is decided from its
 * bytes, pictures are written again without their metadata, and then it is stored in one
 * transaction. Outside the proxy's matcher (proxy.ts), so Next.js never buffers the body.
 */
export const POST = streamingRoute<Params>(async (request, { familyId }, timed) => {
  const actor = await timed(() => requireActor());
  await timed(() => assertMayAddDocuments(actor, familyId));
  return withUploadFolder(async (dir) => {
    const { file, fields } = await receiveForm(request, dir, DOCUMENT_MAX_BYTES);
    const { input, upload } = parseUploadFields(fields, file);
    const key = idempotencyOf(request, { ...input, sha256: upload.sha256 });
    const prepared = await prepareUpload(upload, dir, input.title);
    const document = await inStoringTurn(() => timed(() => createDocument(actor, familyId, input, prepared, key)));
    return json({ document }, 201);
  });
});
