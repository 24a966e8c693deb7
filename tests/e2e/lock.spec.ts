import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DATA_DIR, LOCK_TEST_PORT, NEXT_START_FLAGS, REPO_ROOT } from "./support/server";

const nextBin = createRequire(path.join(REPO_ROOT, "package.json")).resolve("next/dist/bin/next");

type Outcome = { code: number | null; signal: NodeJS.Signals | null; output: string; timedOut: boolean };

/** Starts `next start` on another port against the suite's data folder and waits for it to exit. */
function startSecondServer(timeoutMs: number): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: DATA_DIR,
    PORT: String(LOCK_TEST_PORT),
    NEXTAUTH_URL: `http://localhost:${LOCK_TEST_PORT}`,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(LOCK_TEST_PORT)], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}

test("a second server on the same data folder refuses to start while the first runs", async ({ request }) => {
  test.setTimeout(60_000);
  expect((await request.get("/api/health")).status()).toBe(200);

  const started = Date.now();
  const second = await startSecondServer(30_000);
  expect(second.timedOut, `the second server was still running after 30 s:\n${second.output}`).toBe(false);
  expect(second.code, second.output).not.toBe(0);
  expect(second.code, second.output).not.toBeNull();
  expect(second.output).toContain("already in use");
  expect(Date.now() - started).toBeLessThan(30_000);

  // Nothing answers on the second port, and the first server still works (its lock was kept).
  await expect(request.get(`http://localhost:${LOCK_TEST_PORT}/api/health`, { timeout: 5_000 })).rejects.toThrow();
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });

  // A third attempt is refused too: the failed start did not release the first server's lock.
  const third = await startSecondServer(30_000);
  expect(third.timedOut, third.output).toBe(false);
  expect(third.code, third.output).not.toBe(0);
  expect(third.output).toContain("already in use");
});
