import type { z } from "zod";
import { parseWith } from "@/lib/core/validation";

/** The query string checked against a schema; a repeated parameter counts as unknown input. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    values[key] = all.length === 1 ? all[0]! : all;
  }
  return parseWith(schema, values);
}
