import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromCookieHeader, negotiateLocale } from "@/lib/core/i18n/locales";

describe("choosing the language", () => {
  it.each([
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["en-US,en;q=0.9,es;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4", "es"],
    ["en;q=0.2, es;q=0.9", "es"],
    ["es;q=0", null],
    ["fr, de", null],
    ["", null],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("follows the saved choice, then this browser's, then its languages, then English", () => {
    expect(chooseLocale({ saved: "es", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(chooseLocale({ saved: null, cookie: "es", acceptLanguage: "en" })).toBe("es");
    expect(chooseLocale({ saved: "xx", cookie: "xx", acceptLanguage: "es-419" })).toBe("es");
    expect(chooseLocale({})).toBe("en");
  });

  it("reads the choice from a Cookie header, ignoring anything it does not know", () => {
    expect(localeFromCookieHeader("a=1; clarity-locale=es; b=2")).toBe("es");
    expect(localeFromCookieHeader("xclarity-locale=es")).toBeNull();
    expect(localeFromCookieHeader("clarity-locale=fr")).toBeNull();
    expect(localeFromCookieHeader(null)).toBeNull();
  });
});
