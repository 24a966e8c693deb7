import type { ZodError, z } from "zod";
import { AppError, type FieldMessages } from "./errors";

/**
 * Per-field message keys from a zod error; unknown fields are named one by one. The schemas give
 * their messages as keys of the catalogs; zod's own messages are not keys and are translated into
 * a generic "not valid" at the edge.
 */
export function fieldsOf(error: ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = "validation.unknownField";
      continue;
    }
    fields[issue.path.join(".") || "_"] ??= issue.message;
  }
  return fields;
}

export function validationError(error: ZodError): AppError {
  return new AppError("validation_failed", fieldsOf(error));
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** A validation failure found past the schema (an id of another family, a date against the stored one). */
export function invalidFields(fields: FieldMessages): AppError {
  return new AppError("validation_failed", fields);
}
