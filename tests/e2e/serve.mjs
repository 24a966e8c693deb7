#!/usr/bin/env node
// The e2e webServer: deletes the e2e data folder (so every run starts from a fresh embedded
// database with the demo data), then runs `next start` in the foreground. Signals are passed on
// so Playwright's shutdown stops Next.js too.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = path.resolve(root, process.env.PGLITE_DIR ?? path.join(".data", "e2e"));
const port = process.env.PORT ?? "3100";

if (!dataDir.startsWith(path.join(root, ".data") + path.sep)) {
  console.error(`[e2e] refusing to delete ${dataDir}: the e2e data folder must be inside .data/`);
  process.exit(1);
}
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(dataDir), { recursive: true });

const env = { ...process.env, PGLITE_DIR: dataDir, PORT: port };
delete env.DATABASE_URL; // the suite always runs on its own embedded database

const nextBin = createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");
// The keep-alive flag is NEXT_START_FLAGS (lib/cli/server-flags.ts), written out: this file is plain JS.
const child = spawn(process.execPath, [nextBin, "start", "--keepAliveTimeout", "75000", "-p", port], {
  cwd: root,
  env,
  stdio: "inherit",
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
