"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the summary's print stylesheet leaves only the sheet on paper. */
export function PrintSummaryButton() {
  const t = useTranslations("careSummary");
  return (
    <button type="button" className="btn-primary" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
