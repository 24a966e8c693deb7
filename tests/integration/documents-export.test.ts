import crypto from "node:crypto";
import type { Binary, Bundle, DocumentReference } from "@medplum/fhirtypes";
import yauzl from "yauzl";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import * as exportRoute from "@/app/api/v1/families/[familyId]/export/route";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createNeed } from "@/lib/care-team/needs";
import { createCitation } from "@/lib/documents/citations";
import type { DocumentDto } from "@/lib/documents/dto";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { base64Of } from "@/lib/records/fhir-export";
import type { FamilyExport } from "@/lib/records/export-types";
import { loadFamilyExport } from "@/lib/records/load-export";
import { familyExportSchema } from "@/lib/schemas/records";
import * as F from "../support/document-fixtures";
import { validateR4Bundle } from "../support/fhir-r4";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";
import { APP, downloadFile, sha256, uploaded } from "./support/uploads";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

async function exported(familyId: string, format: "json" | "zip" | "fhir") {
  const response = await exportRoute.GET(new Request(`${APP}/api/v1/families/${familyId}/export?format=${format}`), {
    params: Promise.resolve({ familyId }),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Every entry of a zip, by name. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  return entries;
}

describeEachDatabase("a family's documents in its exports", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let coach: Actor;
  let familyId: string;
  let childId: string;
  let plan: DocumentDto;
  let photo: DocumentDto;
  const planBytes = F.pdf();

  beforeAll(async () => {
    [parent, coach] = await Promise.all([makeActor(db(), "parent"), makeActor(db(), "coach")]);
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan", birthYear: 2014 })).id;
    const need = await createNeed(parent, familyId, childId, { needId: "trauma", identifiedOn: "2026-01-05" });
    signedIn.actor = parent;
    plan = await uploaded(
      familyId,
      { title: "Discharge plan", kind: "discharge-plan", documentDate: "2026-01-03", childIds: childId },
      { fileName: "discharge plan (Riverside).pdf", type: "application/pdf", bytes: planBytes },
    );
    photo = await uploaded(
      familyId,
      { title: "Denial notice", kind: "notice" },
      { fileName: "IMG_0042.JPG", type: "image/jpeg", bytes: await F.jpegWithGps(320, 240) },
    );
    await createCitation(parent, familyId, {
      documentId: plan.id,
      subjectType: "need",
      subjectId: need.id,
      page: 2,
      quote: "family therapy recommended",
    });
    await sendMessage(
      parent,
      familyId,
      parseSendInput({ clientMessageId: crypto.randomUUID(), body: "The plan.", documentIds: [plan.id] }),
    );
  });

  beforeEach(() => {
    signedIn.actor = parent;
  });

  it("the JSON export describes the documents, their citations and the messages that carried them", async () => {
    const answer = await exported(familyId, "json");
    expect(answer.status).toBe(200);
    const record = JSON.parse(answer.bytes.toString("utf8")) as FamilyExport;
    expect(record.documents.map((document) => document.id).sort()).toEqual([plan.id, photo.id].sort());
    expect(record.documents.find((document) => document.id === plan.id)).toEqual(plan);
    expect(record.citations).toEqual([
      expect.objectContaining({
        documentId: plan.id,
        subjectType: "need",
        page: 2,
        quote: "family therapy recommended",
      }),
    ]);
    expect(record.messages.find((message) => message.body === "The plan.")?.documentIds).toEqual([plan.id]);
    // It reads back under the import schema; a load counts the documents it cannot bring (no bytes in JSON).
    expect(familyExportSchema.safeParse(record).success).toBe(true);
    const fresh = await makeFamily(db(), { parents: [parent] });
    const loaded = await loadFamilyExport(parent, fresh.id, familyExportSchema.parse(record));
    expect(loaded).toMatchObject({ children: 1, skippedDocuments: 2 });
  });

  it("format=zip is the JSON beside every file, byte for byte, streamed", async () => {
    const answer = await exported(familyId, "zip");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/zip");
    expect(answer.headers.get("content-disposition")).toMatch(
      /^attachment; filename="clarity-family-record-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const entries = await unzip(answer.bytes);
    const record = JSON.parse(entries.get("clarity-family-record.json")!.toString("utf8")) as FamilyExport;
    expect(record.documents).toHaveLength(2);
    const planFile = entries.get(`documents/${plan.id}/discharge plan (Riverside).pdf`);
    expect(planFile?.equals(planBytes)).toBe(true);
    const photoFile = entries.get(`documents/${photo.id}/IMG_0042.jpg`)!;
    expect(sha256(photoFile)).toBe(photo.sha256);
    expect([...entries.keys()].sort()).toEqual(
      [
        "clarity-family-record.json",
        `documents/${plan.id}/discharge plan (Riverside).pdf`,
        `documents/${photo.id}/IMG_0042.jpg`,
      ].sort(),
    );
  });

  it("the FHIR export carries each document as a DocumentReference with its bytes in a Binary", async () => {
    const answer = await exported(familyId, "fhir");
    expect(answer.status).toBe(200);
    const bundle = JSON.parse(answer.bytes.toString("utf8")) as Bundle;
    expect(validateR4Bundle(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((entry) => ({ fullUrl: entry.fullUrl!, resource: entry.resource! }));
    const reference = resources.find((entry) => entry.resource.id === plan.id)?.resource as DocumentReference;
    expect(reference).toMatchObject({
      resourceType: "DocumentReference",
      status: "current",
      description: "Discharge plan",
      subject: { reference: `urn:uuid:${childId}` },
      type: { coding: [{ code: "discharge-plan" }] },
      content: [{ attachment: { contentType: "application/pdf", size: planBytes.length, creation: "2026-01-03" } }],
    });
    const binary = resources.find((entry) => entry.fullUrl === reference.content[0]!.attachment.url)
      ?.resource as Binary;
    expect(binary.resourceType).toBe("Binary");
    expect(Buffer.from(binary.data!, "base64").equals(planBytes)).toBe(true);
    const photoReference = resources.find((entry) => entry.resource.id === photo.id)?.resource as DocumentReference;
    const photoBinary = resources.find((entry) => entry.fullUrl === photoReference.content[0]!.attachment.url)
      ?.resource as Binary;
    const served = await (await downloadFile(familyId, photo.id)).bytes();
    expect(Buffer.from(photoBinary.data!, "base64").equals(served)).toBe(true);
  });

  it("the coach is refused the exports, as before; base64 of pieces equals base64 of the whole", async () => {
    signedIn.actor = coach;
    for (const format of ["json", "zip", "fhir"] as const) expect((await exported(familyId, format)).status).toBe(403);
    const whole = crypto.randomBytes(10_001);
    async function* pieces() {
      for (let at = 0; at < whole.length; at += 997) yield whole.subarray(at, at + 997);
    }
    const parts: Buffer[] = [];
    for await (const part of base64Of(pieces())) parts.push(Buffer.from(part));
    expect(Buffer.concat(parts).toString()).toBe(whole.toString("base64"));
  });
});
