import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromFile } from "file-type";
import { AppError } from "@/lib/core/errors";
import { claimsAgree, STORED_CONTENT_TYPE, storedFileName, type FileType } from "@/lib/domain/documents/file-types";
import type { SpooledFile } from "../spooled-file";
import { checkDocx } from "./docx";
import { reencodeImage } from "./images";
import { MarkupFinder } from "./markup";
import { PdfCheck } from "./pdf";
import { TextCheck } from "./text";

/** The file as Clarity will store it: for pictures, the new bytes written without their metadata. */
export type PreparedFile = { type: FileType; contentType: string; path: string; size: number; fileName: string };

/** A refusal with the reason as a message key (validation.file.*), worded at the edge. */
const refuse = (reason: string) => new AppError("unsupported_file_type", { file: `validation.file.${reason}` });

const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// A zip's directory ends within its last 22 bytes plus the longest comment it may carry.
const ZIP_TAIL_BYTES = 22 + 65_535;

/**
 * Decides what an upload is from its bytes alone (file-type's magic numbers, then a check of its
 * own for each type), refuses what Clarity does not keep or what is not what it claims, and
 * re-encodes pictures. Every refusal is a 415 naming the reason.
 */
export async function prepareUpload(upload: SpooledFile, dir: string, title: string): Promise<PreparedFile> {
  if (upload.size === 0) throw new AppError("validation_failed", { file: "validation.file.empty" });
  const type = await typeOf(upload.path);
  if (!claimsAgree(type, upload.fileName, upload.mimeType)) throw refuse("mismatch");
  if (type !== "docx" && (await endsWithZip(upload.path, upload.size))) throw refuse("polyglot");

  const problem = await contentProblem(type, upload.path);
  if (problem) throw refuse(problem);

  let stored = upload.path;
  if (type === "png" || type === "jpeg" || type === "heic") {
    stored = path.join(dir, type === "png" ? "picture.png" : "picture.jpg");
    const imageProblem = await reencodeImage(upload.path, stored, type);
    if (imageProblem) throw refuse(imageProblem);
  }
  return {
    type,
    contentType: STORED_CONTENT_TYPE[type],
    path: stored,
    size: (await stat(stored)).size,
    fileName: storedFileName(upload.fileName, type, title),
  };
}

/** file-type reads at most a megabyte of a zip's parts to tell a DOCX from other archives. */
async function typeOf(file: string): Promise<FileType> {
  const found = await fileTypeFromFile(file);
  if (!found) return "text";
  switch (found.ext) {
    case "pdf":
      return "pdf";
    case "png":
      return "png";
    case "jpg":
      return "jpeg";
    case "heic":
      if (found.mime === "image/heic" || found.mime === "image/heif") return "heic";
      throw refuse("notAccepted");
    case "docx":
      return "docx";
    case "docm":
    case "dotm":
      throw refuse("docxMacros");
    default:
      throw refuse("notAccepted");
  }
}

/** Reads the file once, a piece at a time, through the check its type calls for. */
async function contentProblem(type: FileType, file: string): Promise<string | null> {
  if (type === "docx") return checkDocx(file);
  const check = type === "pdf" ? new PdfCheck() : type === "text" ? new TextCheck() : new PolyglotCheck();
  for await (const piece of createReadStream(file, { highWaterMark: 256 * 1024 })) check.feed(piece as Buffer);
  return check.end();
}

/** A picture is compressed data: web-page markup inside it is a second file riding along. */
class PolyglotCheck {
  private readonly markup = new MarkupFinder("page");
  feed(piece: Uint8Array) {
    this.markup.feed(piece);
  }
  end(): string | null {
    this.markup.end();
    return this.markup.found ? "polyglot" : null;
  }
}

async function readHead(file: string, length: number, position = 0): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A zip's end record near the end of a file that is not a zip: the file is also an archive. */
async function endsWithZip(file: string, size: number): Promise<boolean> {
  const from = Math.max(0, size - ZIP_TAIL_BYTES);
  const tail = await readHead(file, size - from, from);
  return tail.includes(ZIP_END_OF_DIRECTORY);
}
