import { saveLocale } from "@/lib/accounts/locale";
import { currentActor } from "@/lib/server/auth/current-user";
import { config } from "@/lib/core/config";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/core/i18n/locales";
import { localeSchema } from "@/lib/schemas/accounts";

/**
 * Anyone: the interface language. Kept in a cookie for this browser and, when signed in, saved on
 * the account so it follows the user to other devices and into their emails.
 */
export const PUT = route(async (request) => {
  const { locale } = await readJson(request, localeSchema);
  const actor = await currentActor();
  if (actor) await saveLocale(actor, locale);
  const secure = config.appUrl.startsWith("https:") ? "; Secure" : "";
  return json({ locale }, 200, {
    "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`,
  });
});
