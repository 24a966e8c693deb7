"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";

/** A fresh invite link, ready to copy and send, with when it expires. */
export function InviteLink({
  url,
  expiresAt,
  heading,
  testId,
}: {
  url: string;
  expiresAt: string;
  heading: string;
  testId: string;
}) {
  const t = useTranslations("invite");
  const format = useFormatter();
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "select" | false>(false);

  return (
    <div className="rounded-md border border-brand-100 bg-brand-50 p-4" aria-live="polite">
      <p className="text-sm font-semibold text-brand-800">{heading}</p>
      <label htmlFor={`${id}-url`} className="mt-2 block text-sm text-stone-700">
        {t("linkLabel")}
      </label>
      <input
        id={`${id}-url`}
        data-testid={testId}
        readOnly
        value={url}
        className="mt-1 input font-mono text-sm"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied("yes");
            } catch {
              // No clipboard (a page not served over HTTPS): select the link for the person to copy.
              document.getElementById(`${id}-url`)?.focus();
              setCopied("select");
            }
          }}
        >
          {copied === "yes" ? t("copied") : t("copy")}
        </button>
        {copied === "select" && <p className="text-sm text-stone-700">{t("copyManually")}</p>}
        <p className="text-sm text-stone-700">
          {t("expires", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </div>
    </div>
  );
}
