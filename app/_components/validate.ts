"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";

/** Runs a shared zod schema in the browser and returns translated per-field messages. */
export function useValidate() {
  const t = useTranslations();
  return <S extends z.ZodType>(schema: S, input: unknown): { data?: z.infer<S>; fields: Record<string, string> } => {
    const result = schema.safeParse(input);
    if (result.success) return { data: result.data, fields: {} };
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join(".");
      const message = issue.message.startsWith("validation.") && t.has(issue.message as never) ? t(issue.message as never) : t("validation.invalid");
      fields[key] ??= message;
    }
    return { fields };
  };
}

/** Puts the keyboard (and the screen reader) on the first field that needs attention. */
export function focusFirstInvalid(form: HTMLFormElement | null, fields: Record<string, string>): void {
  const first = Object.keys(fields).map((name) => form?.elements.namedItem(name)).find((element) => element instanceof HTMLElement);
  (first as HTMLElement | undefined)?.focus();
}
