import { AppError } from "@/lib/core/errors";
import { IMPORT_LIMITS } from "@/lib/schemas/limits";

const tooMany = (field: string, max: number) =>
  new AppError("payload_too_large", { [field]: { key: "validation.tooManyRecords", values: { max } } });

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * An export holding more records than one import takes is refused as too large (413), like a file
 * over the size limit, before the schema reads it record by record. Anything else about its shape
 * is the schema's to judge.
 */
export function assertWithinImportLimits(doc: unknown): void {
  if (!doc || typeof doc !== "object") return;
  const { children, providers, events, messages } = doc as Record<string, unknown>;
  for (const [field, value, max] of [
    ["children", children, IMPORT_LIMITS.children],
    ["providers", providers, IMPORT_LIMITS.providers],
    ["events", events, IMPORT_LIMITS.events],
    ["messages", messages, IMPORT_LIMITS.messages],
  ] as const)
    if (lengthOf(value) > max) throw tooMany(field, max);
  if (!Array.isArray(children)) return;
  children.forEach((child: unknown, index) => {
    if (!child || typeof child !== "object") return;
    const { needs, neededServices } = child as Record<string, unknown>;
    if (lengthOf(needs) > IMPORT_LIMITS.needsPerChild)
      throw tooMany(`children.${index}.needs`, IMPORT_LIMITS.needsPerChild);
    if (lengthOf(neededServices) > IMPORT_LIMITS.markedServicesPerChild)
      throw tooMany(`children.${index}.neededServices`, IMPORT_LIMITS.markedServicesPerChild);
  });
}
