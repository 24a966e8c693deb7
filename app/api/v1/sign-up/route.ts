import { signUpWithInvite } from "@/lib/accounts/sign-up";
import { readJson } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { localeFromCookieHeader } from "@/lib/i18n/locales";
import { signUpSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const input = await readJson(request, signUpSchema);
  return json(await signUpWithInvite(input, new Date(), localeFromCookieHeader(request.headers.get("cookie"))), 201);
});
