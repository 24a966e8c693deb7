import type { Executor } from "@/db/client";

/** A file as the store keeps it: `size` and `sha256` (hex) describe the bytes it serves. */
export type StoredFile = { id: string; size: number; sha256: string };

/**
 * Where the bytes of a family's files live. Documents know a file by its id and nothing else,
 * so another store (an object store past the size Postgres suits; see the README's scaling
 * section) plugs in behind the same three calls.
 *
 * `put` and `delete` run inside the caller's transaction, so a document and its bytes come and go
 * together; `get` streams a chunk at a time, so no file is ever held whole in memory.
 */
export interface FileStore {
  put(tx: Executor, familyId: string, bytes: AsyncIterable<Uint8Array>): Promise<StoredFile>;
  get(id: string): AsyncIterable<Uint8Array>;
  delete(tx: Executor, id: string): Promise<void>;
}
