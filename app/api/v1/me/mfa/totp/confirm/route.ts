import { confirmTotp } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { confirmCodeSchema } from "@/lib/schemas/security";

/** The app's first code turns it on → `{ recoveryCodes }`, shown once. */
export const POST = route(async (request) => {
  const actor = await requireActor({ enrolling: true });
  const { code } = await readJson(request, confirmCodeSchema);
  return json(await confirmTotp(actor, code, clientOf(request)));
});
