"use client";

import { useSyncExternalStore } from "react";
import { chooseLocale, localeFromCookieHeader, type Locale } from "@/lib/core/i18n/locales";
import pages from "@/lib/core/i18n/messages/error-page.json";

const noSubscription = () => () => {};
const browserLocale = (): Locale =>
  chooseLocale({ cookie: localeFromCookieHeader(document.cookie), acceptLanguage: navigator.languages.join(",") });

// Rendered when the root layout itself fails, outside every provider: the text comes straight
// from the catalogs, in the language this browser chose (cookie) or prefers, once it is known.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => "en" as Locale);
  const text: (typeof pages)[Locale] = pages[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>{text.title}</h1>
        <p>{text.body}</p>
        <button type="button" onClick={reset}>
          {text.retry}
        </button>
      </body>
    </html>
  );
}
