import { requireActor } from "@/lib/server/auth/current-user";
import { readJsonWithin } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { assertWithinImportLimits } from "@/lib/records/import-limits";
import { assertMayImport, loadFamilyExport } from "@/lib/records/load-export";
import { IMPORT_LIMITS } from "@/lib/schemas/limits";
import { familyExportSchema } from "@/lib/schemas/records";

type Params = { familyId: string };

/** Loads a JSON export (GET …/export?format=json) into this family, which must have nothing recorded yet. */
export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  // Up to 20 MB is read only for someone who may load a record here.
  await assertMayImport(actor, familyId);
  const doc = await readJsonWithin(request, familyExportSchema, IMPORT_LIMITS.bytes, assertWithinImportLimits);
  return json({ imported: await loadFamilyExport(actor, familyId, doc) }, 201);
});
