import { completePasswordReset } from "@/lib/accounts/password-reset";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { passwordResetCompleteSchema } from "@/lib/schemas/security";

/** Anyone holding a link's token: the new password; every session of the account ends. */
export const POST = route(async (request) => {
  const { token, newPassword } = await readJson(request, passwordResetCompleteSchema);
  await completePasswordReset(token, newPassword, clientOf(request));
  return noContent();
});
