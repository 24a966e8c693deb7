import { createTranslator } from "use-intl/core";
import en from "./messages/en.json";

export type Messages = typeof en;
export const defaultLocale = "en";
export const messagesByLocale: Record<string, Messages> = { en };

/** A translator for code outside React (API errors, emails, scripts). */
export function translatorFor(locale: string = defaultLocale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] ?? en });
}
