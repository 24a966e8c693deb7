import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { storedFileChunks, storedFiles } from "@/db/schema";
import type { FileStore, StoredFile } from "./store";

/**
 * Rows of this size: large enough that a 15 MB file is 60 statements, small enough that a
 * download holds one of them at a time and no single value strains either driver.
 */
const CHUNK_BYTES = 256 * 1024;

/** Regroups a stream of pieces of any size into pieces of exactly `size` bytes (the last one shorter). */
async function* rechunk(bytes: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of bytes) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (pendingBytes + rest.byteLength >= size) {
      const take = size - pendingBytes;
      pending.push(rest.subarray(0, take));
      yield Buffer.concat(pending, size);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.byteLength > 0) {
      // A copy: the producer may reuse its buffer once we ask for the next piece.
      pending.push(Buffer.from(rest));
      pendingBytes += rest.byteLength;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}

/**
 * Bytes travel to and from Postgres as hex text, turned into bytes by Node and by Postgres itself
 * (Buffer's and encode/decode's native code): PGlite's own bytea conversion goes through a
 * JavaScript array of every byte and took seconds for a 15 MB file.
 */
const asHex = (chunk: Buffer) => sql`decode(${chunk.toString("hex")}, 'hex')`;

/** The bytes in Postgres, in rows of `stored_file_chunks`: the database is the only server needed. */
export const postgresStore: FileStore = {
  async put(tx: Executor, familyId: string, bytes: AsyncIterable<Uint8Array>): Promise<StoredFile> {
    const [file] = await tx
      .insert(storedFiles)
      .values({ familyId, size: 0, sha256: "" })
      .returning({ id: storedFiles.id });
    const hash = createHash("sha256");
    let size = 0;
    let seq = 0;
    for await (const chunk of rechunk(bytes, CHUNK_BYTES)) {
      hash.update(chunk);
      size += chunk.byteLength;
      await tx.insert(storedFileChunks).values({ fileId: file!.id, seq: seq++, data: asHex(chunk) });
    }
    const sha256 = hash.digest("hex");
    await tx.update(storedFiles).set({ size, sha256 }).where(eq(storedFiles.id, file!.id));
    return { id: file!.id, size, sha256 };
  },

  async *get(id: string): AsyncGenerator<Uint8Array> {
    const db = await getDb();
    for (let seq = 0; ; seq++) {
      const [row] = await db
        .select({ hex: sql<string>`encode(${storedFileChunks.data}, 'hex')` })
        .from(storedFileChunks)
        .where(and(eq(storedFileChunks.fileId, id), eq(storedFileChunks.seq, seq)));
      if (!row) return;
      yield Buffer.from(row.hex, "hex");
    }
  },

  async delete(tx: Executor, id: string): Promise<void> {
    // The chunks go with the file (ON DELETE CASCADE), in the caller's transaction.
    await tx.delete(storedFiles).where(eq(storedFiles.id, id));
  },
};
