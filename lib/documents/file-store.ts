import { postgresStore } from "./postgres-store";
import type { FileStore } from "./store";

/** The store in use: Postgres. An object store would be chosen here (see the README's scaling section). */
export const fileStore: FileStore = postgresStore;
