import { z } from "zod";
import { serviceIds } from "@/lib/domain/catalog";
import { REQUEST_CHANNELS, REQUEST_KINDS, REQUEST_STATUSES } from "@/lib/domain/requests";
import { REQUEST_NAME_MAX, REQUEST_TEXT_MAX } from "./limits";
import { dateField, idField, isCleanText, optionalLine, requiredLine } from "./fields";

export { REQUEST_CHANNELS, REQUEST_KINDS, REQUEST_STATUSES, REQUEST_NAME_MAX, REQUEST_TEXT_MAX };

const kindField = z.enum(REQUEST_KINDS, { error: "validation.requestKind" });
const channelField = z.enum(REQUEST_CHANNELS, { error: "validation.requestChannel" });
export const requestStatusField = z.enum(REQUEST_STATUSES, { error: "validation.requestStatus" });

/** Free text over several lines (what was asked, what was said back), required. */
const requiredText = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .refine(isCleanText, { error: "validation.controlCharacters" });

const uniqueIds = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: "validation.invalid" })
    .max(max, { error: "validation.tooLong" })
    .refine((items) => new Set(items).size === items.length, { error: "validation.duplicate" });

/** Whom the family asked: a person or an office, and where they work. */
const toField = z.strictObject(
  {
    name: requiredLine(REQUEST_NAME_MAX),
    organization: optionalLine(REQUEST_NAME_MAX),
    role: optionalLine(100),
  },
  { error: "validation.requestTo" },
);

const requestFields = {
  kind: kindField,
  to: toField,
  childIds: uniqueIds(idField, 20).refine((ids) => ids.length > 0, { error: "validation.childIds" }),
  serviceIds: uniqueIds(z.enum(serviceIds as [string, ...string[]], { error: "validation.catalogId" }), 50),
  providerId: idField.nullable(),
  /** The letter this request was sent as ("mark as sent" on a letter). */
  letterId: idField.nullable(),
  askedOn: dateField,
  channel: channelField,
  summary: requiredText(REQUEST_TEXT_MAX),
  /** When an answer is due; absent, Clarity suggests one from the rules in lib/domain/requests. */
  dueOn: dateField,
};

/** An answer cannot be due before the question was asked. */
function dueAfterAsked(value: { askedOn?: string; dueOn?: string | null }, context: z.RefinementCtx) {
  if (value.askedOn && value.dueOn && value.dueOn < value.askedOn)
    context.addIssue({ code: "custom", path: ["dueOn"], message: "validation.dueBeforeAsked" });
}

export const requestCreateSchema = z
  .strictObject({
    ...requestFields,
    serviceIds: requestFields.serviceIds.default([]),
    providerId: requestFields.providerId.optional(),
    letterId: requestFields.letterId.optional(),
    dueOn: requestFields.dueOn.optional(),
  })
  .superRefine(dueAfterAsked);
export type RequestCreateInput = z.infer<typeof requestCreateSchema>;

/**
 * Any field may change. `dueOn: null` asks Clarity to suggest the date again; `status` may be
 * set here too, though an update (POST …/updates) keeps the reason beside it.
 */
export const requestPatchSchema = z
  .strictObject({
    ...requestFields,
    dueOn: requestFields.dueOn.nullable(),
    status: requestStatusField,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { error: "validation.noChanges" })
  .superRefine(dueAfterAsked);
export type RequestPatchInput = z.infer<typeof requestPatchSchema>;

export const requestUpdateCreateSchema = z.strictObject({
  on: dateField,
  note: requiredText(REQUEST_TEXT_MAX),
  status: requestStatusField.optional(),
});
export type RequestUpdateCreateInput = z.infer<typeof requestUpdateCreateSchema>;

export const requestListQuerySchema = z.strictObject({});
