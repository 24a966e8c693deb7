import crypto from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as collection from "@/app/api/v1/families/[familyId]/documents/route";
import * as single from "@/app/api/v1/families/[familyId]/documents/[documentId]/route";
import * as file from "@/app/api/v1/families/[familyId]/documents/[documentId]/file/route";
import { createDocument } from "@/lib/documents/documents";
import type { DocumentDto } from "@/lib/documents/dto";
import { prepareUpload } from "@/lib/documents/inspect";
import type { Actor } from "@/lib/identity/actor";
import type { DocumentUploadInput } from "@/lib/schemas/documents";

export const APP = "http://localhost";

export type FilePart = { fileName: string; type?: string; bytes: Uint8Array | (() => AsyncIterable<Uint8Array>) };
export type Fields = Record<string, string | string[]>;

/**
 * A multipart/form-data body as a browser sends one, streamed: the file's bytes may come from a
 * generator, so a test can send more than it would want to hold. `length` is known when the
 * file's bytes are (a streamed file is sent without Content-Length, as chunked uploads are).
 */
export function multipart(fields: Fields, part: FilePart | null) {
  const boundary = `----clarity${crypto.randomBytes(8).toString("hex")}`;
  const head: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value])
      head.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${one}\r\n`));
  const fileHead = part
    ? Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${part.fileName}"\r\nContent-Type: ${part.type ?? "application/octet-stream"}\r\n\r\n`,
      )
    : Buffer.alloc(0);
  const tail = Buffer.from(`${part ? "\r\n" : ""}--${boundary}--\r\n`);
  const known = part && part.bytes instanceof Uint8Array ? part.bytes : null;
  const length =
    part === null || known
      ? head.reduce((sum, piece) => sum + piece.length, 0) + fileHead.length + (known?.length ?? 0) + tail.length
      : undefined;
  async function* pieces() {
    yield* head;
    yield fileHead;
    if (part) {
      if (part.bytes instanceof Uint8Array) yield part.bytes;
      else yield* part.bytes();
    }
    yield tail;
  }
  const iterator = pieces();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, length };
}

export type Answer = { status: number; headers: Headers; json: () => Promise<unknown>; bytes: () => Promise<Buffer> };

function answer(response: Response): Answer {
  return {
    status: response.status,
    headers: response.headers,
    json: async () => JSON.parse(await response.text()),
    bytes: async () => Buffer.from(await response.arrayBuffer()),
  };
}

const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });

/** POST …/documents as the signed-in test actor. */
export async function upload(
  familyId: string,
  fields: Fields,
  part: FilePart | null,
  options: { headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { body, contentType, length } = multipart(fields, part);
  const request = new Request(`${APP}/api/v1/families/${familyId}/documents`, {
    method: "POST",
    body,
    duplex: "half",
    headers: {
      "content-type": contentType,
      ...(length === undefined ? {} : { "content-length": String(length) }),
      ...options.headers,
    },
  } as RequestInit);
  return answer(await collection.POST(request, params({ familyId })));
}

/** Uploads and expects a 201: the stored document. */
export async function uploaded(familyId: string, fields: Fields, part: FilePart): Promise<DocumentDto> {
  const result = await upload(familyId, fields, part);
  const body = (await result.json()) as { document: DocumentDto };
  if (result.status !== 201) throw new Error(`upload answered ${result.status}: ${JSON.stringify(body)}`);
  return body.document;
}

export async function listDocumentsOf(familyId: string, query = ""): Promise<Answer> {
  return answer(
    await collection.GET(new Request(`${APP}/api/v1/families/${familyId}/documents${query}`), params({ familyId })),
  );
}

export async function documentCall(
  method: "GET" | "PATCH" | "DELETE",
  familyId: string,
  documentId: string,
  body?: unknown,
): Promise<Answer> {
  const request = new Request(`${APP}/api/v1/families/${familyId}/documents/${documentId}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  return answer(await single[method](request, params({ familyId, documentId })));
}

export async function downloadFile(familyId: string, documentId: string, query = ""): Promise<Answer> {
  return answer(
    await file.GET(
      new Request(`${APP}/api/v1/families/${familyId}/documents/${documentId}/file${query}`),
      params({ familyId, documentId }),
    ),
  );
}

export const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

/** A document stored through the data layer (no HTTP): the checks and re-encoding run as for an upload. */
export async function storeDocument(
  actor: Actor,
  familyId: string,
  input: Partial<DocumentUploadInput> & Pick<DocumentUploadInput, "title" | "kind">,
  bytes: Buffer,
  fileName = "document.txt",
): Promise<DocumentDto> {
  const dir = await mkdtemp(path.join(tmpdir(), "clarity-test-"));
  try {
    const target = path.join(dir, "upload");
    await writeFile(target, bytes);
    const prepared = await prepareUpload(
      { path: target, size: bytes.length, sha256: sha256(bytes), fileName, mimeType: null },
      dir,
      input.title,
    );
    return await createDocument(actor, familyId, { childIds: [], ...input }, prepared);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
