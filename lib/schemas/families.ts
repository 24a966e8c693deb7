import { z } from "zod";

// TEMPORARY until lib/domain/catalog exports US_STATES / isUsState (branch state-domain).
const CODES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
type UsState = string;
const isUsState = (code: string): code is UsState => CODES.has(code);

/** A two-letter US state code (DC and the territories included): "tx" is read as "TX". */
export const usStateField = z
  .string({ error: "validation.usState" })
  .trim()
  .toUpperCase()
  .refine(isUsState, { error: "validation.usState" })
  .transform((code) => code as UsState);

/**
 * PATCH /api/v1/families/{familyId}: where the child is served. Null clears it (the engine then
 * uses the national rules only and says that titles vary by state).
 */
export const familyPatchSchema = z.strictObject({ state: usStateField.nullable() });
export type FamilyPatchInput = z.infer<typeof familyPatchSchema>;

/** A state from a form's select, where the empty choice means "not now". */
export const optionalUsStateField = z.preprocess((value) => (value === "" ? null : value), usStateField.nullable());

/** The settings form: its select gives "" for "not chosen", which the route takes as null. */
export const familyStateFormSchema = z.strictObject({ state: optionalUsStateField });
