import { z } from "zod";
import type { CaseloadSort, SortKey } from "@/lib/domain/caseload/rank";
import { invalidFields } from "@/lib/core/validation";

const cursorShape = z
  .object({
    s: z.enum(["priority", "name", "activity"]),
    k: z
      .array(z.union([z.number(), z.string().max(200)]))
      .min(1)
      .max(8),
  })
  .strict();

/** An opaque cursor: the last row's sort key, and the sort it belongs to. */
export function encodeCursor(sort: CaseloadSort, key: SortKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString("base64url");
}

/** The key to resume after; a cursor that was tampered with, or made for another sort, is a 400. */
export function decodeCursor(cursor: string, sort: CaseloadSort): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidFields({ cursor: "validation.cursor" });
  }
  const result = cursorShape.safeParse(parsed);
  if (!result.success || result.data.s !== sort) throw invalidFields({ cursor: "validation.cursor" });
  return result.data.k;
}
