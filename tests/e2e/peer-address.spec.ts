import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { expectError, postSignIn, uniqueAddress, uniqueEmail } from "./support/accounts";
import { NEXT_START_FLAGS, PEER_TEST_PORT, REPO_ROOT } from "./support/server";

// A server of its own that trusts no proxy (the default): the per-address sign-in limit must hold
// however the client dresses up X-Forwarded-For or the app's own peer header.
const PORT = PEER_TEST_PORT;
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.join(REPO_ROOT, ".data", "e2e-peer");
const MAX_FAILURES = 3;

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: DATA_DIR,
    PORT: String(PORT),
    NEXTAUTH_URL: BASE_URL,
    SIGN_IN_MAX_FAILURES: String(MAX_FAILURES),
    TRUSTED_PROXY_HOPS: "0",
  };
  delete env.DATABASE_URL;
  const nextBin = createRequire(path.join(REPO_ROOT, "package.json")).resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(PORT)], {
    cwd: REPO_ROOT,
    env,
    stdio: "ignore",
  });
  const probe = await playwrightRequest.newContext({ baseURL: BASE_URL });
  await expect
    .poll(async () => (await probe.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 60_000 })
    .toBe(200);
  await probe.dispose();
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test("without a trusted proxy, forged forwarding headers do not reset the per-address limit", async () => {
  const context = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const forged = () => ({ "X-Forwarded-For": uniqueAddress(), "X-Clarity-Peer": uniqueAddress() });
  for (let attempt = 0; attempt < MAX_FAILURES; attempt++) {
    const response = await postSignIn(context, uniqueEmail("spray"), "wrong password", forged());
    expect(response.status()).toBe(401);
  }
  // Yet another email, yet another forged address: still the same TCP peer, so it is blocked.
  await expectError(await postSignIn(context, uniqueEmail("spray"), "wrong password", forged()), 429, "rate_limited");
  await context.dispose();
});
