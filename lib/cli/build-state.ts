import fs from "node:fs";
import path from "node:path";

/** What a production build is made from: a change to any of these makes the build stale. */
const SOURCES = [
  "app",
  "lib",
  "db",
  "content",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** The command-line tools are not part of the build: editing one must not make the build stale. */
const NOT_BUILT = [path.join("lib", "cli")];

function newestChange(entry: string): number {
  if (NOT_BUILT.some((tools) => entry.endsWith(path.sep + tools))) return 0;
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when .next/ holds a build at least as new as every source. */
export function buildIsCurrent(root: string): boolean {
  const buildId = fs.statSync(path.join(root, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  return Boolean(buildId) && SOURCES.every((source) => newestChange(path.join(root, source)) <= buildId!.mtimeMs);
}
