"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the print stylesheet leaves only the article on paper. */
export function PrintButton() {
  const t = useTranslations("articles");
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
