"use client";

import en from "@/lib/i18n/messages/en.json";

// Rendered when the root layout itself fails, outside every provider: the text comes straight
// from the English catalog.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>{en.errorPage.title}</h1>
        <p>{en.errorPage.body}</p>
        <button type="button" onClick={reset}>
          {en.errorPage.retry}
        </button>
      </body>
    </html>
  );
}
