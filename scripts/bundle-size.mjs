#!/usr/bin/env node
// First-load JavaScript per page of the last production build, gzip-compressed as a browser
// receives it, read from the build's own record (.next/diagnostics/route-bundle-stats.json, written
// by `next build`). Fails when a page goes over the budget: every page a parent or coach opens on a
// phone must start with less than 200 kB of script. Deterministic: the same build gives the same
// figures (gzip level 9, sizes in kB of 1,024 bytes, as Next.js printed them).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_KB = 200;
const root = process.cwd();
const statsFile = path.join(root, ".next", "diagnostics", "route-bundle-stats.json");
if (!fs.existsSync(statsFile)) {
  console.error(`[bundle-size] ${path.relative(root, statsFile)} is missing: run \`next build\` first`);
  process.exit(1);
}
const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
const gzipped = new Map();
function gzipSize(chunk) {
  if (!gzipped.has(chunk)) {
    gzipped.set(chunk, zlib.gzipSync(fs.readFileSync(path.join(root, chunk)), { level: 9 }).length);
  }
  return gzipped.get(chunk);
}

const rows = stats
  .filter((entry) => !entry.route.startsWith("/api/") && !entry.route.startsWith("/_"))
  .map((entry) => ({
    route: entry.route,
    kB: entry.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipSize(chunk), 0) / 1024,
  }))
  .sort((a, b) => a.route.localeCompare(b.route));
const over = rows.filter((row) => row.kB > BUDGET_KB);
const width = Math.max(...rows.map((row) => row.route.length));
for (const row of rows) {
  console.log(`${row.route.padEnd(width)}  ${row.kB.toFixed(1).padStart(6)} kB${row.kB > BUDGET_KB ? "  OVER" : ""}`);
}
if (over.length > 0) {
  console.error(`\n[bundle-size] ${over.length} page(s) over ${BUDGET_KB} kB of first-load JavaScript`);
  process.exit(1);
}
console.log(`\n[bundle-size] every page under ${BUDGET_KB} kB of first-load JavaScript`);
