"use client";

import { useEffect } from "react";
import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import type { z } from "zod";

type FormSchemas = typeof import("./form-schemas");
/** Picks the schema a form checks from the shared ones: `(schemas) => schemas.signInSchema`. */
export type SchemaPick = (schemas: FormSchemas) => z.ZodType<unknown, FieldValues>;

let loading: Promise<FormSchemas> | null = null;
const FIRST_TOUCH = ["pointerdown", "keydown", "focusin"] as const;

/** The shared schemas (with zod and the resolver), fetched once; a failed fetch is tried again next time. */
function loadSchemas(): Promise<FormSchemas> {
  loading ??= import("./form-schemas").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * A react-hook-form resolver that checks the form with a shared zod schema from lib/schemas, the
 * one the API checks the same body with. `toInput` first shapes what the person typed into that
 * body (a blank date becomes null, a year a number). The schemas are fetched when the person first
 * touches a page with a form, neither with the page nor at the submit; should they not arrive, the
 * input goes to the server unchecked, which checks it anyway. Messages stay i18n keys here: the
 * form words them (useApiForm's fieldError).
 */
export function useSchemaResolver<Values extends FieldValues, Input>(
  pick: SchemaPick | undefined,
  toInput: ((values: Values) => Input) | undefined,
): Resolver<Values, unknown, Input> | undefined {
  const checks = pick !== undefined;
  useEffect(() => {
    if (!checks) return;
    // Fetched when the person first touches the page (a tap, a key, a focus), not while it starts:
    // zod and the catalog it checks against were a large part of a phone's work at start.
    const load = () => void loadSchemas().catch(() => {});
    for (const event of FIRST_TOUCH)
      document.addEventListener(event, load, { once: true, capture: true, passive: true });
    return () => {
      for (const event of FIRST_TOUCH) document.removeEventListener(event, load, { capture: true });
    };
  }, [checks]);
  if (!pick && !toInput) return undefined;
  return async (values, context, options) => {
    const input = toInput ? toInput(values) : values;
    const schemas = pick ? await loadSchemas().catch(() => null) : null;
    if (!pick || !schemas) return { values: input as Input, errors: {} };
    const resolve = schemas.zodResolver(pick(schemas)) as Resolver<FieldValues, unknown, unknown>;
    return (await resolve(input as FieldValues, context, options as never)) as ResolverResult<Values, Input>;
  };
}
