import "server-only";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { actorForRender } from "@/lib/server/auth/page-guard";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "@/lib/core/i18n/locales";

/** The language of the page being rendered: the user's saved choice, then this browser's. */
export const currentLocale = cache(async (): Promise<Locale> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  let saved: Locale | null = null;
  try {
    saved = (await actorForRender())?.locale ?? null;
  } catch (error) {
    // The database being away must not take the language down with it: the page says so itself.
    unstable_rethrow(error);
  }
  return chooseLocale({ saved, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: head.get("accept-language") });
});
