import { z } from "zod";
import { emailField, idField, nameField, passwordField } from "./fields";

/** An admin creates a coach with a first password they hand over; the coach changes it on /account. */
export const createCoachSchema = z.strictObject({
  email: emailField,
  name: nameField,
  password: passwordField,
});
export type CreateCoachInput = z.infer<typeof createCoachSchema>;

export const moveFamilySchema = z.strictObject({ coachId: idField });
export type MoveFamilyInput = z.infer<typeof moveFamilySchema>;
