import { readdirSync, readlinkSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { count, eq, sql } from "drizzle-orm";
import exifr from "exifr";
import sharp from "sharp";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { documents, storedFileChunks, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { DOCUMENT_MAX_BYTES } from "@/lib/schemas/limits";
import en from "@/lib/core/i18n/messages/en.json";
import { STORED_CONTENT_TYPE } from "@/lib/domain/documents/file-types";
import * as F from "../support/document-fixtures";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";
import { downloadFile, sha256, upload, uploaded } from "./support/uploads";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

const MB = 1024 * 1024;

/** This process's open files under a temporary upload folder (Linux: /proc/self/fd). */
function openUploadFiles(): string[] {
  return readdirSync("/proc/self/fd")
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return "";
      }
    })
    .filter((target) => target.includes("clarity-upload-"));
}

/** The garbage collector, to measure what is alive rather than what is not yet collected. */
function collectGarbage(): () => void {
  setFlagsFromString("--expose_gc");
  return runInNewContext("gc") as () => void;
}

/** `total` bytes of text in pieces of `piece`, counting how many were asked for. */
function lines(total: number, piece = 256 * 1024, onPull?: (sent: number) => void) {
  const pulled = { bytes: 0 };
  const line = Buffer.from("Family therapy recommended; weekly sessions; school to attend the review.\n");
  return {
    pulled,
    bytes: async function* () {
      while (pulled.bytes < total) {
        const size = Math.min(piece, total - pulled.bytes);
        const chunk = Buffer.alloc(size);
        for (let at = 0; at < size; at += line.length) line.copy(chunk, at, 0, Math.min(line.length, size - at));
        pulled.bytes += size;
        onPull?.(pulled.bytes);
        yield chunk;
      }
    },
  };
}

describeEachDatabase("uploading documents", (context) => {
  const db = () => context.handle.db;
  let parent: Actor;
  let familyId: string;
  let childId: string;

  beforeAll(async () => {
    parent = await makeActor(db(), "parent");
    const coach = await makeActor(db(), "coach");
    familyId = (await makeFamily(db(), { parents: [parent], coach })).id;
    childId = (await createChild(parent, familyId, { name: "Jordan" })).id;
  });

  beforeEach(() => {
    signedIn.actor = parent;
  });

  async function storedCounts() {
    const [files] = await db().select({ n: count() }).from(storedFiles);
    const [chunks] = await db().select({ n: count() }).from(storedFileChunks);
    const [docs] = await db().select({ n: count() }).from(documents);
    return { files: Number(files!.n), chunks: Number(chunks!.n), documents: Number(docs!.n) };
  }

  it.each([
    ["a PDF", () => F.pdf(), "discharge-plan.pdf", "application/pdf", "application/pdf", "discharge-plan.pdf"],
    ["a Word document", () => F.docx(), "IEP 2026.docx", "", STORED_CONTENT_TYPE.docx, "IEP 2026.docx"],
    [
      "a text file",
      () => F.text(),
      "notas de la cita.txt",
      "text/plain",
      "text/plain; charset=utf-8",
      "notas de la cita.txt",
    ],
  ])("%s round-trips byte for byte", async (_label, make, fileName, type, contentType, storedName) => {
    const bytes = await make();
    const document = await uploaded(
      familyId,
      { title: "Discharge plan", kind: "discharge-plan", documentDate: "2026-01-03", childIds: childId },
      { fileName, type, bytes },
    );
    expect(document).toMatchObject({
      title: "Discharge plan",
      kind: "discharge-plan",
      contentType,
      fileName: storedName,
      size: bytes.length,
      sha256: sha256(bytes),
      documentDate: "2026-01-03",
      childIds: [childId],
      uploadedBy: { id: parent.id, name: parent.name, role: "parent" },
    });
    const file = await downloadFile(familyId, document.id);
    expect(file.status).toBe(200);
    const served = await file.bytes();
    expect(served.equals(bytes)).toBe(true);
    expect(file.headers.get("content-type")).toBe(contentType);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("cache-control")).toBe("no-store");
    expect(file.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
  });

  it("a PDF may be shown inline, sandboxed; a Word document never is", async () => {
    const pdf = await uploaded(
      familyId,
      { title: "Plan", kind: "treatment-plan" },
      { fileName: "plan.pdf", bytes: F.pdf() },
    );
    const inline = await downloadFile(familyId, pdf.id, "?disposition=inline");
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="plan.pdf"/);
    expect(inline.headers.get("content-security-policy")).toContain("sandbox");
    const word = await uploaded(
      familyId,
      { title: "IEP", kind: "iep-504" },
      { fileName: "iep.docx", bytes: await F.docx() },
    );
    expect((await downloadFile(familyId, word.id, "?disposition=inline")).headers.get("content-disposition")).toMatch(
      /^attachment;/,
    );
  });

  it("a JPEG is stored re-encoded, without its EXIF and its location; the sha256 is of the stored bytes", async () => {
    const photo = await F.jpegWithGps();
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(45.52, 2);
    const document = await uploaded(
      familyId,
      { title: "Photo of the plan", kind: "discharge-plan" },
      { fileName: "IMG_0042.JPG", type: "image/jpeg", bytes: photo },
    );
    const served = await (await downloadFile(familyId, document.id)).bytes();
    expect(document.contentType).toBe("image/jpeg");
    expect(document.sha256).toBe(sha256(served));
    expect(document.size).toBe(served.length);
    expect(document.sha256).not.toBe(sha256(photo));
    expect(await exifr.gps(served)).toBeUndefined();
    expect(await exifr.parse(served)).toBeUndefined();
    expect(served.includes(Buffer.from("ClarityTestCam"))).toBe(false);
    const metadata = await sharp(served).metadata();
    expect([metadata.width, metadata.height, metadata.exif]).toEqual([640, 480, undefined]);
  });

  it("a PNG is re-encoded the same way", async () => {
    const picture = await F.png();
    const document = await uploaded(
      familyId,
      { title: "Screenshot", kind: "other" },
      { fileName: "s.png", bytes: picture },
    );
    const served = await (await downloadFile(familyId, document.id)).bytes();
    expect(document).toMatchObject({ contentType: "image/png", sha256: sha256(served), size: served.length });
    expect((await sharp(served).metadata()).exif).toBeUndefined();
  });

  it("a HEIC photo becomes a JPEG without its metadata", async () => {
    const photo = F.heicWithGps();
    expect(photo.includes(Buffer.from("ClarityTestCam"))).toBe(true);
    const document = await uploaded(
      familyId,
      { title: "Letter", kind: "letter" },
      { fileName: "IMG_0043.HEIC", type: "image/heic", bytes: photo },
    );
    const served = await (await downloadFile(familyId, document.id)).bytes();
    expect(document).toMatchObject({ contentType: "image/jpeg", fileName: "IMG_0043.jpg", sha256: sha256(served) });
    expect(served.includes(Buffer.from("ClarityTestCam"))).toBe(false);
    expect(await exifr.gps(served)).toBeUndefined();
    const metadata = await sharp(served).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", 160, 120]);
  });

  it.each([
    ["a renamed Windows program", () => F.windowsProgram(), "discharge-plan.pdf", "application/pdf", "notAccepted"],
    ["a program with no name", () => F.windowsProgram(), "upload", "", "notAccepted"],
    ["an HTML page called .pdf", () => F.html(), "plan.pdf", "application/pdf", "mismatch"],
    ["an HTML page called .txt", () => F.html(), "plan.txt", "text/plain", "looksLikeWebPage"],
    ["an SVG", () => F.svg(), "drawing.svg", "image/svg+xml", "notAccepted"],
    ["an SVG called .png", () => F.svg(), "drawing.png", "image/png", "notAccepted"],
    ["a zip bomb called .docx", () => F.zipBomb(), "iep.docx", "", "docxUnsafe"],
    ["a Word document with macros", () => F.docx({ macros: true }), "iep.docx", "", "docxMacros"],
    ["a JPEG with a zip appended", () => F.jpegZipPolyglot(), "photo.jpg", "image/jpeg", "polyglot"],
    ["a PDF with a web page in it", () => F.pdfHtmlPolyglot(), "plan.pdf", "application/pdf", "polyglot"],
    ["a PDF with a zip appended", async () => Buffer.concat([F.pdf(), await F.docx()]), "plan.pdf", "", "polyglot"],
    ["a PDF with JavaScript", () => F.pdfWithJavaScript(), "plan.pdf", "application/pdf", "pdfActiveContent"],
    [
      "a PDF hiding JavaScript behind #xx escapes",
      () => F.pdfWithHiddenJavaScript(),
      "plan.pdf",
      "",
      "pdfActiveContent",
    ],
    [
      "a PDF hiding JavaScript in an object stream",
      () => F.pdfWithJavaScriptInObjectStream(),
      "p.pdf",
      "",
      "pdfActiveContent",
    ],
    ["a PDF carrying a file", () => F.pdfWithEmbeddedFile(), "plan.pdf", "application/pdf", "pdfActiveContent"],
    ["a JPEG called .png", () => F.jpegWithGps(64, 48), "photo.png", "image/png", "mismatch"],
    ["binary bytes called .txt", () => Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), "notes.txt", "text/plain", "notText"],
  ])("%s is refused with 415 and nothing stored", async (_label, make, fileName, type, reason) => {
    const before = await storedCounts();
    const result = await upload(familyId, { title: "Plan", kind: "other" }, { fileName, type, bytes: await make() });
    const body = (await result.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(result.status, JSON.stringify(body)).toBe(415);
    expect(body.error.code).toBe("unsupported_file_type");
    expect(body.error.fields.file).toBe(en.validation.file[reason as keyof typeof en.validation.file]);
    expect(await storedCounts()).toEqual(before);
  });

  it("a file over 15 MB announced by its length is refused with 413 before a byte is read", async () => {
    const body = lines(16 * MB);
    const before = await storedCounts();
    const { multipart } = await import("./support/uploads");
    const form = multipart({ title: "Scan", kind: "other" }, { fileName: "scan.txt", bytes: body.bytes });
    const { POST } = await import("@/app/api/v1/families/[familyId]/documents/route");
    const response = await POST(
      new Request(`http://localhost/api/v1/families/${familyId}/documents`, {
        method: "POST",
        body: form.body,
        duplex: "half",
        headers: { "content-type": form.contentType, "content-length": String(16 * MB + 1024) },
      } as RequestInit),
      { params: Promise.resolve({ familyId }) },
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("file_too_large");
    expect(body.pulled.bytes).toBe(0);
    expect(await storedCounts()).toEqual(before);
  });

  it("a streamed file over 15 MB stops being read at the limit, and memory does not grow by its size", async () => {
    const gc = collectGarbage();
    const live = () => {
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    // What is alive after every 2 MB sent from 4 MB on (the first megabytes load the parser),
    // garbage collected first, in pieces of 64 KB as a network delivers them: a server holding
    // the body would be 10 MB further up at 14 MB than at 4 MB; one streaming it stays put.
    const samples: number[] = [];
    const body = lines(40 * MB, 64 * 1024, (sent) => {
      if (sent % (2 * MB) === 0 && sent >= 4 * MB && sent <= DOCUMENT_MAX_BYTES) {
        gc();
        samples.push(live());
      }
    });
    const before = await storedCounts();
    const result = await upload(
      familyId,
      { title: "Scan", kind: "other" },
      { fileName: "scan.txt", bytes: body.bytes },
    );
    expect(result.status).toBe(413);
    expect(((await result.json()) as { error: { code: string } }).error.code).toBe("file_too_large");
    // Read up to the limit and a little more (the pieces in flight), never the 40 MB sent.
    expect(body.pulled.bytes).toBeGreaterThanOrEqual(DOCUMENT_MAX_BYTES);
    expect(body.pulled.bytes).toBeLessThan(DOCUMENT_MAX_BYTES + 4 * MB);
    expect(samples).toHaveLength(6);
    // The most it rose above any earlier sample (memory freed meanwhile by something else, such as
    // a database closed by an earlier suite, only lowers the samples).
    const rise = Math.max(...samples.map((sample, i) => sample - Math.min(...samples.slice(0, i + 1))));
    expect(rise).toBeLessThan(5 * MB);
    expect(await storedCounts()).toEqual(before);
    // The temporary file it was written to is closed and gone.
    await expect.poll(() => openUploadFiles()).toEqual([]);
  });

  it("a file of exactly 15 MB is taken, in chunks, and served whole", async () => {
    const body = lines(DOCUMENT_MAX_BYTES);
    const document = await uploaded(
      familyId,
      { title: "Long scan", kind: "school-record" },
      { fileName: "long.txt", bytes: body.bytes },
    );
    expect(document.size).toBe(DOCUMENT_MAX_BYTES);
    const [file] = await db()
      .select({ chunks: count() })
      .from(storedFileChunks)
      .innerJoin(documents, eq(documents.fileId, storedFileChunks.fileId))
      .where(eq(documents.id, document.id));
    expect(Number(file!.chunks)).toBe(60);
    const served = await (await downloadFile(familyId, document.id)).bytes();
    expect(served.length).toBe(DOCUMENT_MAX_BYTES);
    expect(sha256(served)).toBe(document.sha256);
  });

  it("a family's documents may take 500 MB together: past that, 413 with what is used", async () => {
    const family = await makeFamily(db(), { parents: [parent] });
    // Files of 499.5 MB already stored (the rows alone: the check reads sizes, not bytes).
    await db()
      .insert(storedFiles)
      .values({ familyId: family.id, size: 499.5 * MB, sha256: "0".repeat(64) });
    const result = await upload(
      family.id,
      { title: "One more", kind: "letter" },
      { fileName: "a.pdf", bytes: F.pdf({ trailing: Buffer.alloc(0) }) },
    );
    expect(result.status).toBe(201);
    const tooMuch = await upload(
      family.id,
      { title: "Big", kind: "letter" },
      {
        fileName: "big.txt",
        bytes: Buffer.alloc(MB, "a"),
      },
    );
    const body = (await tooMuch.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(tooMuch.status).toBe(413);
    expect(body.error.code).toBe("family_storage_full");
    expect(body.error.message).toContain("500 MB");
    expect(body.error.fields.file).toBe("Your family's documents use 499.5 MB of 500 MB, and this file needs 1 MB.");
  });

  it("fields are checked like every other form: all problems named at once, nothing stored", async () => {
    const before = await storedCounts();
    const result = await upload(
      familyId,
      { title: "  ", kind: "novel", documentDate: "2026-02-30", childIds: "nope" },
      null,
    );
    const body = (await result.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(result.status).toBe(400);
    expect(Object.keys(body.error.fields).sort()).toEqual(["childIds.0", "documentDate", "file", "kind", "title"]);
    expect(await storedCounts()).toEqual(before);
    const unknown = await upload(
      familyId,
      { title: "Plan", kind: "other", role: "admin" },
      { fileName: "a.txt", bytes: F.text() },
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty(
      "role",
    );
    const otherChild = await upload(
      familyId,
      { title: "Plan", kind: "other", childIds: crypto.randomUUID() },
      { fileName: "a.txt", bytes: F.text() },
    );
    expect(otherChild.status).toBe(400);
    const json = await upload(familyId, {}, null, { headers: { "content-type": "application/json" } });
    expect(json.status).toBe(415);
    expect(await storedCounts()).toEqual(before);
  });

  it("child ids come as repeated fields, a comma-separated list or a JSON array", async () => {
    const second = (await createChild(parent, familyId, { name: "Ana" })).id;
    const expected = [childId, second].sort();
    for (const childIds of [[childId, second], `${childId},${second}`, JSON.stringify([childId, second])]) {
      const document = await uploaded(
        familyId,
        { title: "Both", kind: "evaluation", childIds },
        { fileName: "a.txt", bytes: F.text() },
      );
      expect([...document.childIds].sort()).toEqual(expected);
    }
  });

  it("an upload sent again with its Idempotency-Key is stored once; the key with another file is refused", async () => {
    const key = crypto.randomUUID();
    const send = (bytes: Buffer) =>
      upload(
        familyId,
        { title: "Notice", kind: "notice" },
        { fileName: "n.txt", bytes },
        { headers: { "idempotency-key": key } },
      );
    const first = await send(F.text("Denial notice: appeal by 1 March.\n"));
    const again = await send(F.text("Denial notice: appeal by 1 March.\n"));
    expect([first.status, again.status]).toEqual([201, 201]);
    const [a, b] = [
      (await first.json()) as { document: { id: string } },
      (await again.json()) as { document: { id: string } },
    ];
    expect(b.document.id).toBe(a.document.id);
    const [rows] = await db().select({ n: count() }).from(documents).where(eq(documents.title, "Notice"));
    expect(Number(rows!.n)).toBe(1);
    const other = await send(F.text("Another notice.\n"));
    expect(other.status).toBe(422);
  });

  it("stores the bytes in chunk rows of at most 256 KB", async () => {
    const rows = await db().execute(sql`select max(octet_length(data)) as largest from stored_file_chunks`);
    const largest = Number(
      ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows)[0] as { largest: number }).largest,
    );
    expect(largest).toBe(256 * 1024);
  });
});
