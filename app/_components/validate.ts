"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { z } from "zod";

export type FormSchemas = typeof import("./form-schemas");
/** Picks the schema a form checks from the shared ones: `(schemas) => schemas.signInSchema`. */
export type SchemaPick<S extends z.ZodType> = (schemas: FormSchemas) => S;

let loading: Promise<FormSchemas> | null = null;

/** The shared schemas, fetched once; a failed fetch is tried again next time. */
function loadSchemas(): Promise<FormSchemas> {
  loading ??= import("./form-schemas").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Runs a shared zod schema in the browser and returns translated per-field messages. The schemas
 * are fetched as soon as a form is on screen, not with the page, so a submit does not wait for
 * them; should they not arrive, the input goes to the server unchecked, which checks it anyway.
 */
export function useValidate() {
  const t = useTranslations();
  useEffect(() => {
    loadSchemas().catch(() => {});
  }, []);
  return async <S extends z.ZodType>(
    pick: SchemaPick<S>,
    input: unknown,
  ): Promise<{ data?: z.infer<S>; fields: Record<string, string> }> => {
    const schemas = await loadSchemas().catch(() => null);
    if (!schemas) return { data: input as z.infer<S>, fields: {} };
    const result = pick(schemas).safeParse(input);
    if (result.success) return { data: result.data, fields: {} };
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join(".");
      const message =
        issue.message.startsWith("validation.") && t.has(issue.message as never)
          ? t(issue.message as never)
          : t("validation.invalid");
      fields[key] ??= message;
    }
    return { fields };
  };
}

/** Puts the keyboard (and the screen reader) on the first field that needs attention. */
export function focusFirstInvalid(form: HTMLFormElement | null, fields: Record<string, string>): void {
  const first = Object.keys(fields)
    .map((name) => form?.elements.namedItem(name))
    .find((element) => element instanceof HTMLElement);
  (first as HTMLElement | undefined)?.focus();
}
