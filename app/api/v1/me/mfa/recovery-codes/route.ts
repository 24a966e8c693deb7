import { regenerateRecoveryCodes } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Ten new recovery codes; the old ones stop working. */
export const POST = route(async () => json(await regenerateRecoveryCodes(await requireActor())));
