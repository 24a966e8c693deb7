import { listFamiliesForAdmin } from "@/lib/admin/families";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Families by name with their coaches (names only: no care data). */
export const GET = route(async () => {
  const actor = await requireActor();
  return json({ families: await listFamiliesForAdmin(actor) });
});
