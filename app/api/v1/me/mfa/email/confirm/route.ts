import { confirmEmailCodes } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { confirmCodeSchema } from "@/lib/schemas/security";

/** The emailed code turns email codes on. */
export const POST = route(async (request) => {
  const actor = await requireActor({ enrolling: true });
  const { code } = await readJson(request, confirmCodeSchema);
  await confirmEmailCodes(actor, code, clientOf(request));
  return noContent();
});
