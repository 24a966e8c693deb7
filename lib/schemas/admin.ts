import { z } from "zod";
import { emailField, idField, nameField, passwordField } from "./fields";

/**
 * An admin creates a coach. Without a password (the usual way) the coach is emailed a link to
 * set their own; with one, the admin hands it over in person and the coach changes it on /account.
 */
export const createCoachSchema = z.strictObject({
  email: emailField,
  name: nameField,
  password: passwordField.optional(),
});
export type CreateCoachInput = z.infer<typeof createCoachSchema>;

export const moveFamilySchema = z.strictObject({ coachId: idField });
export type MoveFamilyInput = z.infer<typeof moveFamilySchema>;
