import { z } from "zod";
import { credentialIds, needIds, questionIds, serviceIds, treatmentModelIds } from "@/lib/domain/catalog";
import { contentLocaleField, dateField, idField, nameField, optionalLine, optionalText, requiredLine } from "./fields";
import { DOCUMENT_KINDS } from "./limits";

/** The version of the export document; an import refuses any other. */
export const EXPORT_FORMAT = "clarity.family-export";
export const EXPORT_VERSION = 1;

export const exportQuerySchema = z.strictObject({
  format: z.enum(["json", "fhir", "zip"], { error: "validation.exportFormat" }).default("json"),
});

const catalogId = (ids: readonly string[]) => z.enum(ids as [string, ...string[]], { error: "validation.catalogId" });
const instant = z.iso.datetime({ offset: true, error: "validation.invalid" });
const person = z.strictObject({ id: idField, name: z.string(), role: z.enum(["parent", "coach", "admin"]) });
const nullableDate = dateField.nullable();

/**
 * The export document, read back strictly: the same fields and limits as the forms, so a file
 * edited by hand cannot put into the database what the app itself would refuse.
 */
export const familyExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: "validation.exportFormat" }),
  version: z.literal(EXPORT_VERSION, { error: "validation.exportFormat" }),
  exportedAt: instant,
  family: z.strictObject({ id: idField, name: z.string() }),
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
          .max(200),
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
          .max(200),
      }),
    )
    .max(50),
  providers: z
    .array(
      z.strictObject({
        id: idField,
        name: nameField,
        agency: optionalLine(200),
        statedTitle: requiredLine(100),
        credentialId: catalogId(credentialIds),
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
    .max(500),
  events: z
    .array(
      z.strictObject({
        id: z.number().int(),
        at: instant,
        action: z.string().max(100),
        subjectType: z.enum(["child", "need", "needed-service", "provider"]),
        subjectId: idField,
        subject: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.null()])),
        changes: z.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() })),
        actor: person.nullable(),
      }),
    )
    .max(20_000),
  messages: z
    .array(
      z.strictObject({
        id: idField,
        at: instant,
        author: person,
        body: z.string().min(1).max(10_000),
        documentIds: z.array(idField).max(5).optional(),
      }),
    )
    .max(20_000),
  // Described, not carried: a JSON export has no bytes, so an import counts its documents (and
  // the citations of them) as skipped. Absent from exports made before documents existed.
  documents: z
    .array(
      z.looseObject({
        id: idField,
        title: z.string().max(200),
        kind: z.enum(DOCUMENT_KINDS, { error: "validation.documentKind" }),
      }),
    )
    .max(10_000)
    .optional(),
  citations: z
    .array(z.looseObject({ id: idField, documentId: idField }))
    .max(50_000)
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
