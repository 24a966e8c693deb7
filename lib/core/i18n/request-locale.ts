import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./locales";

// The language of the API request being answered, so error messages made deep in the data layer
// (translatorFor() with no argument) come out in the caller's language without threading it
// through every function.
const storage = new AsyncLocalStorage<Locale>();

export function withRequestLocale<T>(locale: Locale, run: () => T): T {
  return storage.run(locale, run);
}

export function requestLocale(): Locale | undefined {
  return storage.getStore();
}
