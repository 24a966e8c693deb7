import { requireActor } from "@/lib/server/auth/current-user";
import { readJsonWithin } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { loadFamilyExport } from "@/lib/records/load-export";
import { familyExportSchema } from "@/lib/schemas/records";

type Params = { familyId: string };

// A family's whole record with its conversation is larger than any other request body.
const EXPORT_MAX_BYTES = 20 * 1024 * 1024;

/** Loads a JSON export (GET …/export?format=json) into this family, which must have nothing recorded yet. */
export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const doc = await readJsonWithin(request, familyExportSchema, EXPORT_MAX_BYTES);
  return json({ imported: await loadFamilyExport(actor, familyId, doc) }, 201);
});
