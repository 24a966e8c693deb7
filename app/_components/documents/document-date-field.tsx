"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { FormField } from "@/app/_components/form-field";

/**
 * The date printed on a paper (optional); capped so a mistyped year cannot run to five digits.
 * Takes a plain `name` and `defaultValue`, or a react-hook-form binding.
 */
export function DocumentDateField({
  id,
  error,
  ...input
}: Omit<ComponentProps<"input">, "type"> & { id: string; error?: string }) {
  const t = useTranslations("documents.upload");
  return (
    <FormField
      id={id}
      name="documentDate"
      type="date"
      max="2999-12-31"
      label={t("dateLabel")}
      error={error}
      {...input}
    />
  );
}
