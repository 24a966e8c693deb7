import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { localeFromCookieHeader } from "@/lib/core/i18n/locales";
import { signUpSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const input = await readJson(request, signUpSchema);
  return json(await signUpWithInvite(input, new Date(), localeFromCookieHeader(request.headers.get("cookie"))), 201);
});
