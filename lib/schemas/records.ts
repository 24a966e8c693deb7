import { z } from "zod";
import { credentialById, needIds, questionIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
import {
  contentLocaleField,
  dateField,
  idField,
  isCleanLine,
  isCleanText,
  nameField,
  optionalLine,
  optionalText,
  requiredLine,
} from "./fields";
import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLE_MAX,
  IMPORT_LIMITS,
  MAX_ATTACHMENTS,
  MESSAGE_MAX_CHARS,
  messageLength,
} from "./limits";
import { usStateField } from "./families";
import {
  DEADLINE_RULES,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  type DueRuleId,
} from "@/lib/domain/requests";
import { REQUEST_NAME_MAX, REQUEST_TEXT_MAX } from "./limits";

/** A credential id the catalog knows, or one of its old aliases (`qmha` is Oregon's `or:qmha`). */
const knownCredential = z
  .string({ error: "validation.catalogId" })
  .max(60, { error: "validation.catalogId" })
  .refine((id) => credentialById(id) !== undefined, { error: "validation.catalogId" });

/** The version of the export document; an import refuses any other. */
export const EXPORT_FORMAT = "clarity.family-export";
export const EXPORT_VERSION = 1;

export const exportQuerySchema = z.strictObject({
  format: z.enum(["json", "fhir", "zip"], { error: "validation.exportFormat" }).default("json"),
});

const catalogId = (ids: readonly string[]) => z.enum(ids as [string, ...string[]], { error: "validation.catalogId" });
const instant = z.iso.datetime({ offset: true, error: "validation.invalid" });
/**
 * A name as the file gives it: kept as text, never matched to an account (empty for someone whose
 * account was deleted before the export).
 */
const personName = z
  .string({ error: "validation.invalid" })
  .trim()
  .max(100, { error: "validation.nameTooLong" })
  .refine(isCleanLine, { error: "validation.controlCharacters" });
const person = z.strictObject({ id: idField, name: personName, role: z.enum(["parent", "coach", "admin"]) });
/** A record that was itself imported: the name its first file gave, and when that load happened. */
const imported = z.strictObject({ name: personName, at: instant }).nullable().optional();
const nullableDate = dateField.nullable();
/** Values of an event's history, checked all the way down (no hidden characters in any string). */
const historyValue = z.unknown().refine(hasOnlyCleanText, { error: "validation.controlCharacters" });

function hasOnlyCleanText(value: unknown): boolean {
  if (typeof value === "string") return isCleanText(value) && value.length <= 10_000;
  if (Array.isArray(value)) return value.every(hasOnlyCleanText);
  if (value && typeof value === "object")
    return Object.entries(value).every(([key, item]) => isCleanLine(key) && hasOnlyCleanText(item));
  return true;
}

/**
 * The export document, read back strictly: the same fields and limits as the forms, so a file
 * edited by hand cannot put into the database what the app itself would refuse.
 */
export const familyExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: "validation.exportFormat" }),
  version: z.literal(EXPORT_VERSION, { error: "validation.exportFormat" }),
  exportedAt: instant,
  // `state` since exports carried it: the credentials in the record were read in that state.
  family: z.strictObject({ id: idField, name: nameField, state: usStateField.nullable().optional() }),
  children: z
    .array(
      z.strictObject({
        id: idField,
        name: nameField,
        birthYear: z.number().int().min(1990).max(2100).nullable(),
        createdAt: instant,
        needs: z
          .array(
            z.strictObject({
              id: idField,
              needId: catalogId(needIds),
              identifiedOn: dateField,
              resolvedOn: nullableDate,
              note: optionalText(2000),
            }),
          )
          .max(IMPORT_LIMITS.needsPerChild),
        neededServices: z
          .array(
            z.strictObject({
              id: idField,
              serviceId: catalogId(serviceIds),
              markedOn: dateField,
              clearedOn: nullableDate,
              reason: requiredLine(500),
            }),
          )
          .max(IMPORT_LIMITS.markedServicesPerChild),
      }),
    )
    .max(IMPORT_LIMITS.children),
  providers: z
    .array(
      z.strictObject({
        id: idField,
        name: nameField,
        agency: optionalLine(200),
        statedTitle: requiredLine(100),
        // Exports made before credentialIds existed carry one credentialId, in Oregon's old ids.
        credentialId: knownCredential,
        credentialIds: z.array(knownCredential).min(1).max(10).optional(),
        supervisor: z
          .union([
            z.strictObject({ providerId: idField }),
            z.strictObject({ name: nameField, credentialId: knownCredential }),
          ])
          .nullable()
          .optional(),
        licenseNumber: optionalLine(50),
        licenseState: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: "validation.licenseState" })
          .nullable(),
        trainedIn: z.array(catalogId(treatmentModelIds)).max(treatmentModelIds.length),
        servicesDelivered: z.array(catalogId(serviceIds)).max(serviceIds.length),
        childIds: z.array(idField).min(1).max(20),
        startOn: dateField,
        endOn: nullableDate,
        contact: optionalLine(300),
        notes: optionalText(5000),
        answers: z.partialRecord(
          catalogId(questionIds),
          z.strictObject({ answer: requiredLine(2000), askedOn: dateField }),
        ),
        createdAt: instant,
      }),
    )
    .max(IMPORT_LIMITS.providers),
  events: z
    .array(
      z.strictObject({
        id: z.number().int(),
        at: instant,
        action: z
          .string()
          .regex(/^[a-z]+(?:[.-][a-z]+)*$/u, { error: "validation.invalid" })
          .max(100),
        subjectType: z.enum(["child", "need", "needed-service", "provider", "request"]),
        subjectId: idField,
        subject: z.record(
          z.string().max(100).refine(isCleanLine),
          z.union([
            z.string().max(2000).refine(isCleanText, { error: "validation.controlCharacters" }),
            z.number(),
            z.null(),
          ]),
        ),
        changes: z.record(
          z.string().max(100).refine(isCleanLine),
          z.strictObject({ from: historyValue, to: historyValue }),
        ),
        actor: person.nullable(),
        imported,
      }),
    )
    .max(IMPORT_LIMITS.events),
  messages: z
    .array(
      z.strictObject({
        id: idField,
        at: instant,
        author: person,
        body: z
          .string()
          .min(1)
          .refine((value) => messageLength(value) <= MESSAGE_MAX_CHARS, { error: "validation.messageTooLong" })
          .refine(isCleanText, { error: "validation.controlCharacters" }),
        imported,
        documentIds: z.array(idField).max(MAX_ATTACHMENTS).optional(),
      }),
    )
    .max(IMPORT_LIMITS.messages),
  // Described, not carried: a JSON export has no bytes, so an import counts its documents (and
  // the citations of them) as skipped. Absent from exports made before documents existed.
  documents: z
    .array(
      z.looseObject({
        id: idField,
        title: z.string().max(DOCUMENT_TITLE_MAX),
        kind: z.enum(DOCUMENT_KINDS, { error: "validation.documentKind" }),
      }),
    )
    .max(10_000)
    .optional(),
  citations: z
    .array(z.looseObject({ id: idField, documentId: idField }))
    .max(50_000)
    .optional(),
  // What the family asked and of whom, with its updates (issue 19). Absent from older exports.
  requests: z
    .array(
      z.strictObject({
        id: idField,
        kind: z.enum(REQUEST_KINDS, { error: "validation.requestKind" }),
        to: z.strictObject({
          name: requiredLine(REQUEST_NAME_MAX),
          organization: optionalLine(REQUEST_NAME_MAX),
          role: optionalLine(100),
        }),
        childIds: z.array(idField).min(1).max(20),
        serviceIds: z.array(catalogId(serviceIds)).max(50),
        providerId: idField.nullable(),
        // A letter is not carried by the export's import: the link is dropped.
        letterId: idField.nullable().optional(),
        askedOn: dateField,
        channel: z.enum(REQUEST_CHANNELS, { error: "validation.requestChannel" }),
        summary: z.string().min(1).max(REQUEST_TEXT_MAX).refine(isCleanText, { error: "validation.controlCharacters" }),
        dueOn: dateField,
        dueRule: z
          .strictObject({
            id: z.enum(Object.keys(DEADLINE_RULES) as [DueRuleId, ...DueRuleId[]]),
            days: z.number().int().min(1).max(400),
            counting: z.enum(["calendar", "school"]),
            from: dateField,
            startsAt: z.enum(["asked", "consent-received", "appeal-received", "request-received"]),
            source: requiredLine(200),
            checkedOn: dateField,
            reminderOnly: z.literal(true).optional(),
            checkLocally: z.literal(true).optional(),
          })
          .nullable(),
        status: z.enum(REQUEST_STATUSES, { error: "validation.requestStatus" }),
        createdAt: instant,
        updatedAt: instant,
        updates: z
          .array(
            z.strictObject({
              id: idField,
              on: dateField,
              note: z
                .string()
                .min(1)
                .max(REQUEST_TEXT_MAX)
                .refine(isCleanText, { error: "validation.controlCharacters" }),
              status: z.enum(REQUEST_STATUSES, { error: "validation.requestStatus" }).nullable(),
              createdAt: instant,
            }),
          )
          .max(1000),
      }),
    )
    .max(IMPORT_LIMITS.requests)
    .optional(),
});
export type FamilyExportInput = z.infer<typeof familyExportSchema>;

/** A pasted or uploaded CSV of providers; `confirm: false` (the default) only previews it. */
export const providerImportSchema = z.strictObject({
  csv: z.string({ error: "validation.required" }).max(200_000, { error: "validation.tooLong" }),
  confirm: z.boolean({ error: "validation.invalid" }).default(false),
});

export const summaryPdfQuerySchema = z.strictObject({
  paper: z.enum(["letter", "a4"], { error: "validation.invalid" }).default("letter"),
  locale: contentLocaleField,
});
