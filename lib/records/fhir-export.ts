import "server-only";
import crypto from "node:crypto";
import type { Bundle } from "@medplum/fhirtypes";
import { practiceToday } from "@/lib/care-team/gaps";
import { familyBundle } from "@/lib/domain/record/fhir";
import type { FamilyExport } from "./export-types";

/** The export document as a FHIR R4 Bundle (the same read, another shape). */
export function toFhirBundle(record: FamilyExport, now = new Date()): Bundle {
  return familyBundle(record, {
    on: practiceToday(now),
    timestamp: now.toISOString(),
    newId: () => crypto.randomUUID(),
  });
}
