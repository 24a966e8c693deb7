import "server-only";
import crypto from "node:crypto";
import type { Bundle } from "@medplum/fhirtypes";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { practiceToday } from "@/lib/care-team/gaps";
import { documentFiles } from "@/lib/documents/documents";
import { fileStore } from "@/lib/documents/file-store";
import { familyBundle } from "@/lib/domain/record/fhir";
import { exportFamily } from "./export";
import type { FamilyExport } from "./export-types";

/** The export document as a FHIR R4 Bundle (the same read, another shape); Binary data as markers. */
export function toFhirBundle(record: FamilyExport, now = new Date()): Bundle {
  return familyBundle(record, {
    on: practiceToday(now),
    timestamp: now.toISOString(),
    newId: () => crypto.randomUUID(),
  });
}

const MARKER = /"@@clarity-binary:([0-9a-f-]{36})@@"/gu;

/**
 * The Bundle as JSON text, a piece at a time: each Binary's marker is replaced by the document's
 * bytes in base64, read a chunk at a time from the store, so a family's 500 MB of papers never
 * sit in memory as one string.
 */
async function* bundleJson(bundle: Bundle, files: ReadonlyMap<string, string>): AsyncGenerator<Uint8Array> {
  const text = JSON.stringify(bundle);
  let at = 0;
  for (const match of text.matchAll(MARKER)) {
    yield Buffer.from(`${text.slice(at, match.index)}"`);
    const fileId = files.get(match[1]!);
    if (fileId) yield* base64Of(fileStore.get(fileId));
    yield Buffer.from('"');
    at = match.index + match[0].length;
  }
  yield Buffer.from(text.slice(at));
}

/** Base64 of a stream of pieces: three bytes make four characters, so leftovers wait for the next piece. */
export async function* base64Of(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry = Buffer.alloc(0);
  for await (const piece of bytes) {
    const all = Buffer.concat([carry, piece]);
    const whole = all.length - (all.length % 3);
    if (whole > 0) yield Buffer.from(all.subarray(0, whole).toString("base64"));
    carry = Buffer.from(all.subarray(whole));
  }
  if (carry.length > 0) yield Buffer.from(carry.toString("base64"));
}

/** The family's FHIR export for one of its members: the Bundle, and its JSON with the documents' bytes in it. */
export async function exportFamilyFhir(actor: Actor, familyId: string, now = new Date()) {
  const record = await exportFamily(actor, familyId, "fhir", now);
  const files = await documentFiles(await getDb(), familyId);
  return bundleJson(toFhirBundle(record, now), files);
}
