import { changePassword } from "@/lib/accounts/password";
import { requireActor } from "@/lib/server/auth/current-user";
import { clientOf } from "@/lib/server/http/request-client";
import { readJson } from "@/lib/server/http/body";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { changePasswordSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const actor = await requireActor();
  const input = await readJson(request, changePasswordSchema);
  await changePassword(actor, input.currentPassword, input.newPassword, clientOf(request));
  return noContent();
});
