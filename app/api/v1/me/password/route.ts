import { changePassword } from "@/lib/accounts/password";
import { requireActor } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { readJson } from "@/lib/http/body";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { changePasswordSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const actor = await requireActor();
  const input = await readJson(request, changePasswordSchema);
  await changePassword(actor, input.currentPassword, input.newPassword, clientAddress(request.headers, config.trustedProxyHops));
  return noContent();
});
