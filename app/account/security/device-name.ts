import { browserName } from "@/lib/domain/accounts/browser-name";

type Translate = (key: "browserOn" | "unknownBrowser", values?: Record<string, string>) => string;

/** "Chrome on Windows", "Firefox", or "Unknown browser". */
export function deviceName(userAgent: string | null, t: Translate): string {
  const { browser, system } = browserName(userAgent);
  if (browser && system) return t("browserOn", { browser, system });
  return browser ?? system ?? t("unknownBrowser");
}
