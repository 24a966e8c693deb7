"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("body")}</p>
      <button type="button" className="mt-6 btn-primary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
