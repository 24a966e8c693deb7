import { z } from "zod";
import { acceptedCredentialIds, needIds, questionIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
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

const providerFields = {
  name: nameField,
  statedTitle: requiredLine(100),
  credentialId: catalogId(acceptedCredentialIds),
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
export const providerCreateSchema = z
  .strictObject(providerFields)
  .superRefine(ordered("startOn", "endOn", "validation.endBeforeStart"));
export const providerPatchSchema = z
  .strictObject(providerFields)
  .partial()
  .refine(someChange, NO_CHANGES)
  .superRefine(ordered("startOn", "endOn", "validation.endBeforeStart"));
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
