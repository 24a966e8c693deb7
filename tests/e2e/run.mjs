#!/usr/bin/env node
// `npm run test:e2e`: finds (or gets) a Chromium, builds the app, runs the Playwright suite.
// SKIP_E2E=1 is the only way to leave the browser tests out, and it says so loudly.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(path.join(root, "package.json"));
const extraArgs = process.argv.slice(2);

function log(message) {
  console.log(`[e2e] ${message}`);
}

function run(command, args, options = {}) {
  log(`$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) {
    log(`could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function playwrightChromium() {
  try {
    const { chromium } = require("playwright-core");
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", playwrightChromium()];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate));
}

function getChromium() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    log("no Chromium found: installing Debian's chromium package (running as root on Debian).");
    if (run("sh", ["-c", "apt-get update && apt-get install -y chromium"]) === 0 && findChromium()) return;
  }
  log("no Chromium found: trying Playwright's installer.");
  run("npx", ["playwright", "install", "chromium"]);
}

if (process.env.SKIP_E2E === "1") {
  console.log("\n************************************************************");
  console.log("* SKIP_E2E=1: the end-to-end browser tests were SKIPPED.   *");
  console.log("* Nothing in tests/e2e ran; this is NOT a passing e2e run. *");
  console.log("************************************************************\n");
  process.exit(0);
}

let chromium = findChromium();
if (!chromium) {
  getChromium();
  chromium = findChromium();
}
if (!chromium) {
  const command = fs.existsSync("/etc/debian_version")
    ? "sudo apt-get update && sudo apt-get install -y chromium"
    : "npx playwright install --with-deps chromium";
  console.error(`\n[e2e] No Chromium was found and none could be installed.`);
  console.error(`[e2e] Install one with:\n\n    ${command}\n`);
  console.error(`[e2e] or point CHROMIUM_PATH at a Chromium/Chrome binary, then run \`npm run test:e2e\` again.\n`);
  process.exit(1);
}
log(`using Chromium at ${chromium}`);

if (process.env.E2E_SKIP_BUILD === "1") {
  log("E2E_SKIP_BUILD=1: using the existing production build in .next/");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error(
      "[e2e] E2E_SKIP_BUILD=1 but there is no production build (.next/BUILD_ID). Run `npx next build` first.",
    );
    process.exit(1);
  }
} else {
  const status = run("npx", ["next", "build"]);
  if (status !== 0) {
    console.error(`[e2e] next build failed (exit ${status}).`);
    process.exit(status);
  }
}

const status = run("npx", ["playwright", "test", ...extraArgs], { env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(status);
