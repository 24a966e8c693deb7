import "server-only";
import { Readable } from "node:stream";
import yazl from "yazl";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { documentFiles } from "@/lib/documents/documents";
import { fileStore } from "@/lib/documents/file-store";
import { exportFamily } from "./export";
import type { FamilyExport } from "./export-types";

const ARCHIVE_RECORD_NAME = "clarity-family-record.json";

/** Where a document's file sits in the archive: its id keeps two files of one name apart. */
const archivePath = (document: { id: string; fileName: string }) => `documents/${document.id}/${document.fileName}`;

// Pictures and PDFs are compressed already; text and Word's XML are worth squeezing.
const STORED_AS_IS = new Set(["image/jpeg", "image/png", "application/pdf"]);

/**
 * The family's record as a zip: the JSON export beside every document's file. Built as it is
 * sent, a file at a time and a chunk at a time from the store, so the archive of a family with
 * 500 MB of papers never sits in memory.
 */
export async function exportFamilyArchive(
  actor: Actor,
  familyId: string,
  now = new Date(),
): Promise<{ record: FamilyExport; archive: Readable }> {
  const record = await exportFamily(actor, familyId, "zip", now);
  const files = await documentFiles(await getDb(), familyId);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(record, null, 2)}\n`), ARCHIVE_RECORD_NAME, { mtime: now });
  for (const document of record.documents) {
    const fileId = files.get(document.id);
    if (!fileId) continue; // deleted between the two reads: the JSON still describes it
    zip.addReadStream(Readable.from(fileStore.get(fileId)), archivePath(document), {
      mtime: new Date(document.uploadedAt),
      compress: !STORED_AS_IS.has(document.contentType),
      size: document.size,
    });
  }
  zip.end();
  return { record, archive: zip.outputStream as Readable };
}
