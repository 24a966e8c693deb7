"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { locales, type Locale } from "@/lib/core/i18n/locales";
import { apiFetch } from "./api-client";
import { useErrorText } from "./use-error-text";

/**
 * Offers the other languages, each named in its own language (and marked with its `lang`, so a
 * screen reader says "Español" the Spanish way). The choice is saved, then the page re-renders.
 */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const choose = async (next: Locale) => {
    setError(undefined);
    try {
      await apiFetch("/api/v1/locale", { method: "PUT", body: { locale: next } });
      startTransition(() => router.refresh());
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <div role="group" aria-label={t("label")} className="flex items-center gap-1">
      {locales
        .filter((other) => other !== locale)
        .map((other) => (
          <button
            key={other}
            type="button"
            lang={other}
            className="btn-secondary"
            disabled={pending}
            onClick={() => choose(other)}
          >
            {t(`name.${other}`)}
          </button>
        ))}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
