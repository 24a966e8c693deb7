import { getRequestConfig } from "next-intl/server";
import { currentConfig } from "@/lib/core/config";
import { currentLocale } from "./current-locale";
import { messagesByLocale } from "@/lib/core/i18n/translator";

// The user's saved choice, then the browser's (see current-locale.ts); per user, not per family,
// so a coach can stay in English while a family reads Spanish.
export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: messagesByLocale[locale], timeZone: currentConfig().timeZone };
});
