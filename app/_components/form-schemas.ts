// Every shared schema a form checks in the browser, and the resolver that runs them, gathered so
// the forms can load them (and zod) in one piece after the page is up, instead of in every page's
// first load (see schema-resolver.ts).
export { zodResolver } from "@hookform/resolvers/zod";
export { changePasswordSchema, createInviteSchema, signInSchema, signUpSchema } from "@/lib/schemas/accounts";
export { createCoachSchema, moveFamilySchema } from "@/lib/schemas/admin";
export { pinnedArticlesSchema } from "@/lib/schemas/articles";
export {
  childCreateSchema,
  needCreateSchema,
  needPatchSchema,
  neededServiceCreateSchema,
  neededServicePatchSchema,
  providerCreateSchema,
} from "@/lib/schemas/care-team";
export { createActionSchema, newTagSchema, noteInputSchema } from "@/lib/schemas/coaching";
export { citationCreateSchema, documentPatchSchema } from "@/lib/schemas/documents";
export { familyStateFormSchema } from "@/lib/schemas/families";
export { requestUpdateCreateSchema } from "@/lib/schemas/requests";
export {
  confirmCodeSchema,
  newPasswordFormSchema,
  passwordResetRequestSchema,
  proofFormSchema,
  renamePasskeySchema,
  signInCodeSchema,
} from "@/lib/schemas/security";
