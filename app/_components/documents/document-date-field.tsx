"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/app/_components/form-field";

/** The date printed on a paper (optional); capped so a mistyped year cannot run to five digits. */
export function DocumentDateField({ id, error, defaultValue }: { id: string; error?: string; defaultValue?: string }) {
  const t = useTranslations("documents.upload");
  return (
    <FormField
      id={id}
      name="documentDate"
      type="date"
      max="2999-12-31"
      label={t("dateLabel")}
      defaultValue={defaultValue}
      error={error}
    />
  );
}
