import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser } from "playwright-core";
import { DEMO_PASSWORD } from "@/lib/demo/seed";
import { buildIsCurrent } from "./build-state";
import { NEXT_START_FLAGS } from "./server-flags";

/**
 * A production server on a fresh embedded database with the demo data, for the tools that look at
 * what a new install shows (`npm run screenshots`, `npm run lighthouse`). Builds first when the
 * build is stale; `stop()` ends the server and removes its data.
 */
export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

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

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server stopped with code ${server.exitCode}`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server at ${url} did not come up in two minutes`);
}

/** Builds when stale (exits on a failed build), then starts `next start` on a free port. */
export async function startDemoServer(root: string, name: string): Promise<DemoServer> {
  if (!buildIsCurrent(root)) {
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dataDir = path.join(root, ".data", name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
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
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      // Next.js waits for open connections before it exits, and an event stream left open by a
      // browser never ends: after a grace period the server is stopped for good.
      const force = setTimeout(() => server.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(force);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Signs a demo account in through the sign-in page; the context keeps its session cookie. */
export async function signInAs(
  browser: Browser,
  url: string,
  email: string,
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((next) => !next.pathname.startsWith("/sign-in"));
  // Sign-in may land on "/" before its redirect has run: the home page, by the server's redirects.
  await page.goto(`${url}/`);
  return { context, page };
}
