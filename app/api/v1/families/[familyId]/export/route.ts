import { requireActor } from "@/lib/server/auth/current-user";
import { practiceToday } from "@/lib/care-team/gaps";
import { readQuery } from "@/lib/server/http/query";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { exportFamily } from "@/lib/records/export";
import { toFhirBundle } from "@/lib/records/fhir-export";
import { exportQuerySchema } from "@/lib/schemas/records";

type Params = { familyId: string };

/** The family's record as a file to keep: JSON (everything entered) or a FHIR R4 Bundle. */
export const GET = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const { format } = readQuery(request, exportQuerySchema);
  const now = new Date();
  const record = await exportFamily(actor, familyId, format, now);
  const day = practiceToday(now);
  const [body, type, name] =
    format === "fhir"
      ? [toFhirBundle(record, now), "application/fhir+json", `clarity-care-team-${day}.fhir.json`]
      : [record, "application/json", `clarity-family-record-${day}.json`];
  return json(body, 200, {
    "Content-Type": `${type}; charset=utf-8`,
    "Content-Disposition": `attachment; filename="${name}"`,
  });
});
