import { Readable } from "node:stream";
import { requireActor } from "@/lib/server/auth/current-user";
import { practiceToday } from "@/lib/care-team/gaps";
import { madeFileHeaders, streamOf } from "@/lib/server/http/file-response";
import { readQuery } from "@/lib/server/http/query";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { exportFamily } from "@/lib/records/export";
import { exportFamilyArchive } from "@/lib/records/export-archive";
import { exportFamilyFhir } from "@/lib/records/fhir-export";
import { exportQuerySchema } from "@/lib/schemas/records";

type Params = { familyId: string };

/**
 * The family's record as a file to keep: JSON (everything entered, the documents described),
 * a zip of that JSON with every document's file, or a FHIR R4 Bundle with the documents as
 * DocumentReference and Binary resources. The zip and the Bundle are streamed as they are made.
 */
export const GET = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const { format } = readQuery(request, exportQuerySchema);
  const now = new Date();
  const day = practiceToday(now);
  if (format === "zip") {
    const { archive } = await exportFamilyArchive(actor, familyId, now);
    return new Response(Readable.toWeb(archive) as ReadableStream<Uint8Array>, {
      headers: madeFileHeaders("application/zip", `clarity-family-record-${day}.zip`),
    });
  }
  if (format === "fhir") {
    return new Response(streamOf(await exportFamilyFhir(actor, familyId, now)), {
      headers: madeFileHeaders("application/fhir+json; charset=utf-8", `clarity-care-team-${day}.fhir.json`),
    });
  }
  return json(
    await exportFamily(actor, familyId, format, now),
    200,
    madeFileHeaders("application/json; charset=utf-8", `clarity-family-record-${day}.json`),
  );
});
