"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, Resolver, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { ApiError } from "./api-client";

type Schemas = typeof import("./form-schemas");

let loading: Promise<Schemas> | null = null;

/**
 * A react-hook-form resolver for one of the shared schemas, loaded (with zod) on the first check
 * rather than with the page: forms stay out of every page's first load (see validate.ts).
 */
export function sharedSchemaResolver<T extends FieldValues>(pick: (schemas: Schemas) => z.ZodType): Resolver<T> {
  return async (values, context, options) => {
    loading ??= import("./form-schemas").catch((error: unknown) => {
      loading = null;
      throw error;
    });
    const schema = pick(await loading);
    return (zodResolver(schema as never) as unknown as Resolver<T>)(values, context, options);
  };
}

/**
 * A field's message in the reader's words: the shared schemas give catalog keys
 * ("validation.required"), the API's answers arrive already worded.
 */
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    if (message.startsWith("validation.") || message.startsWith("errors.")) {
      return t.has(message as never) ? t(message as never) : t("validation.invalid");
    }
    return message;
  };
}

/** The API's per-field messages onto the form's fields; true when any landed on one of them. */
export function showServerFields<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  names: Path<T>[],
) {
  if (!(error instanceof ApiError)) return false;
  let shown = false;
  for (const [field, message] of Object.entries(error.fields)) {
    if (!names.includes(field as Path<T>)) continue;
    setError(field as Path<T>, { type: "server", message }, { shouldFocus: !shown });
    shown = true;
  }
  return shown;
}
