import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";
import errorPage from "./messages/error-page.json";
import es from "./messages/es.json";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { requestLocale } from "./request-locale";

export type Messages = typeof en & { errorPage: typeof errorPage.en };
export { defaultLocale };
// Typed as English's shape: a Spanish catalog missing a key does not compile (and a unit test
// also fails when Spanish has a key English lacks). The error page's words live in a file of
// their own because app/global-error.tsx ships them to every browser: the whole catalogs would
// add 28 kB to every page's first load.
export const messagesByLocale: Record<Locale, Messages> = {
  en: { ...en, errorPage: errorPage.en },
  es: { ...es, errorPage: errorPage.es },
};

/**
 * A translator for code outside React (API errors, emails, scripts). Without a locale: the
 * language of the API request being answered, else English.
 */
export function translatorFor(locale: string | null | undefined = requestLocale()) {
  const chosen: Locale = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: chosen, messages: messagesByLocale[chosen] });
}
