import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { lockedMessage, lockHolder } from "@/db/data-dir-lock";
import { embeddedDataDir } from "@/db/client";

/**
 * `npm start`: refuse at once when another server holds the embedded database (before a build
 * could overwrite the files that server is running from), build when the sources are newer than
 * the last build, then serve.
 */
const root = process.cwd();
const SOURCES = ["app", "lib", "db", "content", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function buildIsCurrent(): boolean {
  const buildId = fs.statSync(path.join(root, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  return Boolean(buildId) && SOURCES.every((source) => newestChange(path.join(root, source)) <= buildId!.mtimeMs);
}

function run(args: string[]): number {
  const result = spawnSync(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), ...args], { stdio: "inherit", cwd: root });
  return result.status ?? 1;
}

if (!process.env.DATABASE_URL) {
  const owner = lockHolder(embeddedDataDir());
  if (owner !== null) {
    console.error(`\n[clarity] cannot start: ${lockedMessage(embeddedDataDir(), owner)}\n`);
    process.exit(1);
  }
}
if (!buildIsCurrent()) {
  const status = run(["build"]);
  if (status !== 0) process.exit(status);
}
process.exit(run(["start"])); // next start reads PORT itself
