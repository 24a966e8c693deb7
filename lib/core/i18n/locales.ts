/**
 * The languages Clarity speaks, and how one is chosen. Pure: the request-bound parts (cookies,
 * the signed-in user) live in lib/server/i18n/current-locale.ts.
 */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** A visitor's choice, kept in the browser; a signed-in user's choice is also saved on their account. */
export const LOCALE_COOKIE = "clarity-locale";
/** A year: the choice should outlive sessions. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The first supported language in an Accept-Language header, by quality then order
 * ("es-MX,es;q=0.9,en;q=0.8" → es). Regional variants count for their language.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return {
        language: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: q === undefined ? 1 : Number(q),
        order,
      };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** The user's saved choice, then this browser's choice (the cookie), then the browser's languages. */
export function chooseLocale(sources: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(sources.saved)) return sources.saved;
  if (isLocale(sources.cookie)) return sources.cookie;
  return negotiateLocale(sources.acceptLanguage) ?? defaultLocale;
}

/** The language chosen in this browser, read from a raw Cookie header (route handlers). */
export function localeFromCookieHeader(header: string | null | undefined): Locale | null {
  const value = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(header ?? "")?.[1]?.trim();
  return isLocale(value) ? value : null;
}
