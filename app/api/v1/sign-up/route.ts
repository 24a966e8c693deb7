import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { config } from "@/lib/core/config";
import { localeFromCookieHeader } from "@/lib/core/i18n/locales";
import { readJson } from "@/lib/server/http/body";
import { clientAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { signUpSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const input = await readJson(request, signUpSchema);
  return json(
    await signUpWithInvite(input, new Date(), {
      locale: localeFromCookieHeader(request.headers.get("cookie")),
      address: clientAddress(request.headers, config.trustedProxyHops),
    }),
    201,
  );
});
