import { requireActor } from "@/lib/server/auth/current-user";
import { contentDisposition, FILE_CONTENT_SECURITY_POLICY, streamOf } from "@/lib/server/http/file-response";
import { readQuery } from "@/lib/server/http/query";
import { route } from "@/lib/server/http/route";
import { openDocumentFile } from "@/lib/documents/documents";
import { isPreviewable } from "@/lib/domain/documents/file-types";
import { documentFileQuerySchema } from "@/lib/schemas/documents";

type Params = { familyId: string; documentId: string };

/**
 * The document's bytes, streamed from the store a chunk at a time. Always a download, except a
 * PDF or a picture asked for `?disposition=inline` (a preview); either way sandboxed, never
 * sniffed, never cached. Each download is audited.
 */
export const GET = route<Params>(async (request, { familyId, documentId }) => {
  const actor = await requireActor();
  const { disposition } = readQuery(request, documentFileQuerySchema);
  const { document, bytes } = await openDocumentFile(actor, familyId, documentId);
  const inline = disposition === "inline" && isPreviewable(document.contentType);
  return new Response(streamOf(bytes), {
    headers: {
      "Content-Type": document.contentType,
      "Content-Length": String(document.size),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", document.fileName),
      "Content-Security-Policy": FILE_CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
});
