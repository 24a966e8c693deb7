// What the benchmark scripts share: a production server to measure, sign-in, and percentiles.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent } from "../lib/cli/build-state";
import { NEXT_START_FLAGS, SERVER_NODE_FLAGS } from "../lib/cli/server-flags";

export const root = path.resolve(import.meta.dirname, "..");

export function log(message: string) {
  console.log(`[bench] ${message}`);
}

export function ensureBuild() {
  if (buildIsCurrent(root)) return;
  log("the production build is missing or older than the sources: running next build");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

export type BenchServer = { baseUrl: string; stop: () => Promise<void>; output: () => string; pid: number };

/**
 * `next start` on a port with the given environment. Without DATABASE_URL in `env`, on a fresh
 * embedded database in a temporary folder (removed on stop).
 */
export async function startServer(port: number, env: Record<string, string>): Promise<BenchServer> {
  const baseUrl = `http://localhost:${port}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    NEXTAUTH_URL: baseUrl,
    TRUSTED_PROXY_HOPS: "1",
  };
  let dataDir: string | undefined;
  if (!serverEnv.DATABASE_URL) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "clarity-bench-"));
    serverEnv.PGLITE_DIR = dataDir;
    log(`on a fresh embedded database in ${dataDir}`);
  }
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // The production server's flags, then BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const server = spawn(process.execPath, [...nodeArgs, nextBin, "start", ...NEXT_START_FLAGS, "-p", String(port)], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    const up = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the server did not start in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop, output: () => output, pid: server.pid! };
}

let addressCounter = 0;

/** Headers for one client: its cookie, and an address of its own (the sign-in limit is per address). */
export const headersFor = (cookie?: string): Record<string, string> => ({
  ...(cookie ? { Cookie: cookie } : {}),
  "X-Forwarded-For": `10.77.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`,
});

/** Signs in through next-auth's credentials flow; returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const headers = headersFor();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, Cookie: jar, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`could not sign in as ${email} (${response.status})`);
  return session;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
