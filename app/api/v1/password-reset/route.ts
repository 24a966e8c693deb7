import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { accepted } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { passwordResetRequestSchema } from "@/lib/schemas/security";

/** Anyone: 202 whatever the address, so the answer never tells whether an account exists. */
export const POST = route(async (request) => {
  const { email } = await readJson(request, passwordResetRequestSchema);
  await requestPasswordReset(email, clientOf(request));
  return accepted();
});
