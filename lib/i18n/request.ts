import { getRequestConfig } from "next-intl/server";
import { currentConfig } from "@/lib/config";
import { defaultLocale, messagesByLocale } from "./translator";

// English only for now; the locale will follow the user's choice, then the browser's.
export default getRequestConfig(async () => ({
  locale: defaultLocale,
  messages: messagesByLocale[defaultLocale]!,
  timeZone: currentConfig().timeZone,
}));
