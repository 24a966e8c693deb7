import { AppError, type FieldMessages } from "@/lib/core/errors";
import { fieldsOf } from "@/lib/core/validation";
import { documentUploadSchema, uploadFieldsInput, type DocumentUploadInput } from "@/lib/schemas/documents";
import type { SpooledFile } from "./spooled-file";

/** The upload's fields and file, with every problem of either named at once. */
export function parseUploadFields(
  fields: Record<string, string[]>,
  file: SpooledFile | null,
): { input: DocumentUploadInput; upload: SpooledFile } {
  const result = documentUploadSchema.safeParse(uploadFieldsInput(fields));
  const problems: FieldMessages = result.success ? {} : fieldsOf(result.error);
  if (!file) problems.file = "validation.file.required";
  if (!result.success || !file) throw new AppError("validation_failed", problems);
  return { input: result.data, upload: file };
}
