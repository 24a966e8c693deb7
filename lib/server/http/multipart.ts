import "server-only";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { AppError } from "@/lib/core/errors";
import type { SpooledFile } from "@/lib/documents/spooled-file";

type ReceivedForm = { file: SpooledFile | null; fields: Record<string, string[]> };

// Room for the form's other fields and the multipart boundaries around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;
const FIELD_MAX_BYTES = 8 * 1024;

/**
 * Reads a multipart/form-data body as it arrives: the one file (field `file`) goes straight to a
 * temporary file in `dir` while its SHA-256 and size are counted, the other fields are kept as
 * text. A file past `maxFileBytes` stops the reading at once with 413, and a body that says in
 * advance it is too large is refused before a byte of it is read. Nothing is held in memory but
 * the piece in flight.
 */
export async function receiveForm(request: Request, dir: string, maxFileBytes: number): Promise<ReceivedForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/iu.test(contentType)) throw new AppError("multipart_required");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxFileBytes + FORM_OVERHEAD_BYTES) throw new AppError("file_too_large");
  if (!request.body) throw new AppError("validation_failed", { file: "validation.file.required" });

  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fields: 20, parts: 21, fieldSize: FIELD_MAX_BYTES, fileSize: maxFileBytes, headerPairs: 20 },
    });
  } catch {
    throw new AppError("bad_request");
  }

  return new Promise<ReceivedForm>((resolve, reject) => {
    const fields: Record<string, string[]> = {};
    let spooling: Promise<SpooledFile> | null = null;
    let file: Readable | null = null;
    let failed = false;
    // Stops reading, and ends the file being written so its descriptor closes (the parser would
    // otherwise leave it waiting for bytes that never come).
    const fail = (error: AppError) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      source.destroy();
      file?.destroy();
      reject(error);
    };

    parser.on("file", (name, stream, fileName, _encoding, mimeType) => {
      if (name !== "file" || spooling) {
        stream.resume();
        fail(new AppError("validation_failed", { [name]: "validation.unknownField" }));
        return;
      }
      file = stream;
      stream.on("limit", () => fail(new AppError("file_too_large")));
      spooling = spool(stream, path.join(dir, "upload"), fileName || null, mimeType || null);
      spooling.catch(() => fail(new AppError("bad_request")));
    });
    parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
      if (valueTruncated) fail(new AppError("validation_failed", { [name]: "validation.tooLong" }));
      (fields[name] ??= []).push(value);
    });
    parser.on("filesLimit", () => fail(new AppError("validation_failed", { file: "validation.file.onlyOne" })));
    parser.on("fieldsLimit", () => fail(new AppError("bad_request")));
    parser.on("partsLimit", () => fail(new AppError("bad_request")));
    parser.on("error", () => fail(new AppError("bad_request")));
    source.on("error", () => fail(new AppError("bad_request")));
    parser.on("finish", () => {
      if (failed) return;
      (spooling ?? Promise.resolve(null)).then(
        (file) => {
          if (!failed) resolve({ file, fields });
        },
        () => fail(new AppError("bad_request")),
      );
    });
    source.pipe(parser);
  });
}

async function spool(
  stream: Readable,
  target: string,
  fileName: string | null,
  mimeType: string | null,
): Promise<SpooledFile> {
  const hash = createHash("sha256");
  let size = 0;
  const count = new Transform({
    transform(piece: Buffer, _encoding, done) {
      hash.update(piece);
      size += piece.byteLength;
      done(null, piece);
    },
  });
  await pipeline(stream, count, createWriteStream(target, { flags: "wx", mode: 0o600 }));
  return { path: target, size, sha256: hash.digest("hex"), fileName, mimeType };
}

/** A private temporary folder for one upload's files, removed afterwards whatever happened. */
export async function withUploadFolder<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "clarity-upload-"));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
