import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/seed";
import { chromiumPath } from "@/lib/pdf/chromium";
import { buildIsCurrent } from "./build-state";
import { NEXT_START_FLAGS } from "./server-flags";

/**
 * `npm run screenshots`: the pictures in docs/screenshots/ (the README shows them), taken from a
 * production server on a fresh embedded database with the demo data, so they show what a new
 * install shows. Builds first when the build is stale; the server and its data go away after.
 */
const SHOTS = [
  { file: "family-home.png", account: DEMO_ACCOUNTS.rivera.email, path: "/" },
  { file: "caseload.png", account: DEMO_ACCOUNTS.coach.email, path: "/caseload" },
];
const WIDTH = 1280;
const HEIGHT = 860;

const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const dataDir = path.join(root, ".data", "screenshots");
const outDir = path.join(root, "docs", "screenshots");

/** A port nobody holds now: asked of the system, so two runs never share one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitUntilUp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server at ${url} did not come up in two minutes`);
}

async function shoot(browser: Browser, url: string, shot: (typeof SHOTS)[number]): Promise<void> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email", { exact: true }).fill(shot.account);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((next) => !next.pathname.startsWith("/sign-in"));
  await page.goto(`${url}${shot.path}`, { waitUntil: "networkidle" });
  await page.screenshot({ path: path.join(outDir, shot.file) });
  await page.close();
  console.log(`[screenshots] ${path.join("docs", "screenshots", shot.file)}`);
}

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium: set CHROMIUM_PATH or install Debian's chromium");
  if (!buildIsCurrent(root)) {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // Always the embedded database with the demo data, whatever DATABASE_URL says.
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, PORT: String(port), NEXTAUTH_URL: url };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  let browser: Browser | undefined;
  try {
    await waitUntilUp(url);
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--headless", "--disable-gpu"] });
    for (const shot of SHOTS) await shoot(browser, url, shot);
  } finally {
    await browser?.close();
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
