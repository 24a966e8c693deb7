// Every shared schema a form checks in the browser, gathered so the forms can load them (and zod)
// in one piece after the page is up, instead of in every page's first load (see validate.ts).
export { changePasswordSchema, signInSchema, signUpSchema } from "@/lib/schemas/accounts";
export { createCoachSchema } from "@/lib/schemas/admin";
export {
  childCreateSchema,
  needCreateSchema,
  needPatchSchema,
  neededServiceCreateSchema,
  neededServicePatchSchema,
  providerCreateSchema,
} from "@/lib/schemas/care-team";
export { createActionSchema, noteInputSchema, tagField, tagsInputSchema } from "@/lib/schemas/coaching";
export {
  confirmCodeSchema,
  newPasswordFormSchema,
  passwordResetRequestSchema,
  proofFormSchema,
  renamePasskeySchema,
  signInCodeSchema,
} from "@/lib/schemas/security";
