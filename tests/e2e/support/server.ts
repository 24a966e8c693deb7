import path from "node:path";

/** Every `next start` of the suite keeps idle connections as production does (see server-flags.ts). */
export { NEXT_START_FLAGS } from "../../../lib/cli/server-flags";

// E2E_PORT_BASE lets two checkouts on one machine run their suites side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100);

/** The production server the suite runs against (started by playwright.config.ts). */
export const PORT = PORT_BASE;
export const BASE_URL = `http://localhost:${PORT}`;

/** A second port, for the server that must refuse to start on the same data folder. */
export const LOCK_TEST_PORT = PORT_BASE + 1;

/** A third, for the server that trusts no proxy (peer-address.spec.ts). */
export const PEER_TEST_PORT = PORT_BASE + 2;

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/** Fresh for every run: serve.mjs deletes it before the server starts. */
export const DATA_DIR = path.join(REPO_ROOT, ".data", "e2e");
