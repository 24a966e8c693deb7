import { z } from "zod";
import { locales } from "@/lib/core/i18n/locales";
import { emailField, idField, inviteTokenField, nameField, passwordField } from "./fields";
import { optionalUsStateField } from "./families";

export const signUpSchema = z.strictObject({
  token: inviteTokenField,
  name: nameField,
  email: emailField,
  password: passwordField,
  // Where the child is served, for a new family; optional (it can be set later on the family's page).
  state: optionalUsStateField.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  // Checked against the stored hash only; the policy applies when a password is set.
  password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(1024),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(1024),
  newPassword: passwordField,
});

/**
 * An invite: `familyId` for someone to join that family (a parent makes the link; the family's coach
 * only suggests it), `familyName` for a new family a coach invites. `inviteeName` says whom the
 * link is for, so lists can tell links apart; it is never checked at sign-up.
 */
export const createInviteSchema = z.strictObject({
  familyId: idField.optional(),
  familyName: nameField.optional(),
  inviteeName: nameField.optional(),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const createUserSchema = z.strictObject({
  role: z.enum(["parent", "coach", "admin"], { error: "validation.role" }),
  email: emailField,
  name: nameField,
  password: passwordField,
});

/** PUT /api/v1/locale: the interface language. */
export const localeSchema = z.strictObject({
  locale: z.enum(locales, { error: "validation.locale" }),
});
