import path from "node:path";

/** The production server the suite runs against (started by playwright.config.ts). */
export const PORT = 3100;
export const BASE_URL = `http://localhost:${PORT}`;

/** A second port, for the server that must refuse to start on the same data folder. */
export const LOCK_TEST_PORT = 3101;

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/** Fresh for every run: serve.mjs deletes it before the server starts. */
export const DATA_DIR = path.join(REPO_ROOT, ".data", "e2e");
