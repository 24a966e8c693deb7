import { z } from "zod";
import { needIds, questionIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
import { dateField, idField, nameField, optionalLine, optionalText, requiredLine } from "./fields";

const catalogId = (ids: readonly string[]) => z.enum(ids as [string, ...string[]], { error: "validation.catalogId" });
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: "validation.invalid" })
    .max(max, { error: "validation.tooLong" })
    .refine((items) => new Set(items).size === items.length, { error: "validation.duplicate" });

/** Something must change: an empty PATCH is a mistake, not a no-op. */
const someChange = (value: object) => Object.keys(value).length > 0;
const NO_CHANGES = { error: "validation.noChanges" } as const;

const birthYear = z
  .number({ error: "validation.birthYear" })
  .int({ error: "validation.birthYear" })
  .min(1990, { error: "validation.birthYear" })
  .max(2100, { error: "validation.birthYear" })
  .nullable()
  .optional();

export const childCreateSchema = z.strictObject({ name: nameField, birthYear });
export const childPatchSchema = childCreateSchema.partial().refine(someChange, NO_CHANGES);
export type ChildCreateInput = z.infer<typeof childCreateSchema>;
export type ChildPatchInput = z.infer<typeof childPatchSchema>;

/** `to` may not come before `from`; the message lands on the later field. */
function ordered<T extends Record<string, unknown>>(
  fromKey: keyof T & string,
  toKey: keyof T & string,
  message: string,
) {
  return (value: Partial<T>, context: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === "string" && typeof to === "string" && to < from)
      context.addIssue({ code: "custom", path: [toKey], message });
  };
}

const needFields = {
  needId: catalogId(needIds),
  identifiedOn: dateField,
  resolvedOn: dateField.nullable().optional(),
  note: optionalText(2000),
};
export const needCreateSchema = z
  .strictObject(needFields)
  .superRefine(ordered("identifiedOn", "resolvedOn", "validation.resolvedBeforeIdentified"));
export const needPatchSchema = z
  .strictObject(needFields)
  .partial()
  .refine(someChange, NO_CHANGES)
  .superRefine(ordered("identifiedOn", "resolvedOn", "validation.resolvedBeforeIdentified"));
export type NeedCreateInput = z.infer<typeof needCreateSchema>;
export type NeedPatchInput = z.infer<typeof needPatchSchema>;

const markFields = {
  serviceId: catalogId(serviceIds),
  markedOn: dateField,
  clearedOn: dateField.nullable().optional(),
  reason: requiredLine(500),
};
export const neededServiceCreateSchema = z
  .strictObject(markFields)
  .superRefine(ordered("markedOn", "clearedOn", "validation.clearedBeforeMarked"));
export const neededServicePatchSchema = z
  .strictObject(markFields)
  .partial()
  .refine(someChange, NO_CHANGES)
  .superRefine(ordered("markedOn", "clearedOn", "validation.clearedBeforeMarked"));
export type NeededServiceCreateInput = z.infer<typeof neededServiceCreateSchema>;
export type NeededServicePatchInput = z.infer<typeof neededServicePatchSchema>;

const answerSchema = z.strictObject({ answer: requiredLine(2000), askedOn: dateField });
// partialRecord: a family answers the questions one at a time (zod 4's record over an enum wants every key).
const answersSchema = z.partialRecord(catalogId(questionIds), answerSchema.nullable(), { error: "validation.invalid" });
export type AnswersInput = z.infer<typeof answersSchema>;

/**
 * A credential as a client names it: a catalog id ("lpc", "tx:qmhp-cs") or an old alias ("qmhp").
 * Only its shape is checked here; which entry it means depends on the family's state, so the data
 * layer resolves it (lib/care-team/provider-credentials.ts) and refuses an unknown one with 422.
 */
const credentialRef = z
  .string({ error: "validation.credentialId" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9:.-]{0,59}$/, { error: "validation.credentialId" });

const supervisorField = z.strictObject({ name: nameField, credentialId: credentialRef });

const providerFields = {
  name: nameField,
  statedTitle: requiredLine(100),
  /** Every credential the person holds; the first is the one they mainly work as. */
  credentialIds: uniqueList(credentialRef, 10)
    .refine((ids) => ids.length > 0, { error: "validation.credentialIds" })
    .optional(),
  /** One credential, as before `credentialIds` existed: the same as `credentialIds: [id]`. */
  credentialId: credentialRef.optional(),
  /** Another provider of the same family who supervises this one (null: none). */
  supervisorProviderId: idField.nullable().optional(),
  /** A supervisor who is not on the team, by name and credential (null: none). */
  supervisor: supervisorField.nullable().optional(),
  childIds: uniqueList(idField, 20).refine((ids) => ids.length > 0, { error: "validation.childIds" }),
  servicesDelivered: uniqueList(catalogId(serviceIds), serviceIds.length),
  trainedIn: uniqueList(catalogId(treatmentModelIds), treatmentModelIds.length).optional(),
  startOn: dateField,
  endOn: dateField.nullable().optional(),
  agency: optionalLine(200),
  licenseNumber: optionalLine(50),
  licenseState: z
    .string({ error: "validation.licenseState" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "validation.licenseState" })
    .nullable()
    .optional(),
  contact: optionalLine(300),
  notes: optionalText(5000),
  /** Question id → answer; null clears an answer. */
  answers: answersSchema.optional(),
};
/** `credentialId` and `credentialIds` may come together only when they agree; one supervisor at most. */
function credentialsAndSupervisor(
  value: {
    credentialId?: string;
    credentialIds?: string[];
    supervisorProviderId?: string | null;
    supervisor?: unknown;
  },
  context: z.RefinementCtx,
) {
  if (value.credentialId && value.credentialIds && value.credentialIds[0] !== value.credentialId)
    context.addIssue({ code: "custom", path: ["credentialId"], message: "validation.credentialIdDiffers" });
  if (value.supervisorProviderId && value.supervisor)
    context.addIssue({ code: "custom", path: ["supervisor"], message: "validation.oneSupervisor" });
}

export const providerCreateSchema = z
  .strictObject(providerFields)
  .superRefine(ordered("startOn", "endOn", "validation.endBeforeStart"))
  .superRefine(credentialsAndSupervisor)
  .superRefine((value, context) => {
    if (!value.credentialId && !value.credentialIds)
      context.addIssue({ code: "custom", path: ["credentialIds"], message: "validation.credentialIds" });
  });
export const providerPatchSchema = z
  .strictObject(providerFields)
  .partial()
  .refine(someChange, NO_CHANGES)
  .superRefine(ordered("startOn", "endOn", "validation.endBeforeStart"))
  .superRefine(credentialsAndSupervisor);

/** The credentials a create or a patch names, in order (`credentialIds` wins; undefined: unchanged). */
export function credentialIdsOf(input: { credentialId?: string; credentialIds?: string[] }): string[] | undefined {
  return input.credentialIds ?? (input.credentialId ? [input.credentialId] : undefined);
}
export type ProviderCreateInput = z.infer<typeof providerCreateSchema>;
export type ProviderPatchInput = z.infer<typeof providerPatchSchema>;

export const gapsQuerySchema = z.strictObject({ on: dateField.optional() });

// Ten years weekly or twenty monthly is more than any family's history needs in one answer.
const MAX_STEPS = { week: 530, month: 240 } as const;

/** Whether a range sampled at this step stays within the limit (checked again once defaults fill in). */
export function rangeFits(from: string, to: string, step: "week" | "month"): boolean {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return (step === "week" ? days / 7 : days / 30.4) <= MAX_STEPS[step];
}

export const timelineQuerySchema = z
  .strictObject({
    from: dateField.optional(),
    to: dateField.optional(),
    step: z.enum(["week", "month"], { error: "validation.step" }).default("week"),
  })
  .superRefine(ordered("from", "to", "validation.endBeforeStart"))
  .superRefine((value, context) => {
    if (value.from && value.to && !rangeFits(value.from, value.to, value.step))
      context.addIssue({ code: "custom", path: ["to"], message: "validation.rangeTooLong" });
  });

export const eventsQuerySchema = z.strictObject({
  before: z.coerce.number({ error: "validation.invalid" }).int().positive({ error: "validation.invalid" }).optional(),
  limit: z.coerce
    .number({ error: "validation.invalid" })
    .int()
    .min(1, { error: "validation.invalid" })
    .max(200, { error: "validation.invalid" })
    .default(50),
});
