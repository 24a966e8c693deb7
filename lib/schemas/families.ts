import { z } from "zod";
import { isUsState, type UsState } from "@/lib/domain/catalog";

/** A two-letter code of one of the fifty states or DC: "tx" is read as "TX". */
export const usStateField = z
  .string({ error: "validation.usState" })
  .trim()
  .toUpperCase()
  .refine(isUsState, { error: "validation.usState" })
  .transform((code) => code as UsState);

/**
 * PATCH /api/v1/families/{familyId}: where the child is served. Null clears it (the pages then say
 * that titles vary by state and offer every state's titles).
 */
export const familyPatchSchema = z.strictObject({ state: usStateField.nullable() });
export type FamilyPatchInput = z.infer<typeof familyPatchSchema>;

/** A state from a form's select, where the empty choice means "not now". */
export const optionalUsStateField = z.preprocess((value) => (value === "" ? null : value), usStateField.nullable());

/** The settings form: its select gives "" for "not chosen", which the route takes as null. */
export const familyStateFormSchema = z.strictObject({ state: optionalUsStateField });
