import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { idempotencyOf } from "@/lib/idempotency/request-key";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { importProviderCsv, previewProviderImport } from "@/lib/records/provider-import";
import { providerImportSchema } from "@/lib/schemas/records";

type Params = { familyId: string };

/** `{"csv":"…"}` previews (nothing written); `{"csv":"…","confirm":true}` adds every row, or none. */
export const POST = route<Params>(async (request, { familyId }) => {
  const actor = await requireActor();
  const { csv, confirm } = await readJson(request, providerImportSchema);
  if (!confirm) return json({ preview: await previewProviderImport(actor, familyId, csv) });
  const providers = await importProviderCsv(actor, familyId, csv, idempotencyOf(request, { csv, confirm }));
  return json({ imported: providers.length, providers }, 201);
});
