import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import postgres from "postgres";
import { PORT } from "./server";
import { REPO_ROOT } from "./server";
import { NEXT_START_FLAGS } from "../../../lib/cli/server-flags";
import { parseSseBlock } from "../../support/sse";

/** Extra servers of the Postgres specs listen from PORT_BASE + 10 on (PORT is the base). */
export const EXTRA_PORT_BASE = PORT + 10;

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/**
 * Without TEST_DATABASE_URL there is no Postgres server to run against: the spec is skipped, and
 * says so in a way nobody can miss (CI always sets it).
 */
export function announcePostgresSkip(what: string): void {
  if (TEST_DATABASE_URL) return;
  const line = `* TEST_DATABASE_URL is not set: SKIPPED ${what}`;
  const width = line.length + 2;
  console.warn(
    `\n${"*".repeat(width)}\n${line} *\n* Set TEST_DATABASE_URL to a Postgres server to run it.${" ".repeat(Math.max(0, width - 57))}*\n${"*".repeat(width)}\n`,
  );
}

export type PostgresApp = {
  databaseName: string;
  databaseUrl: string;
  baseUrls: string[];
  /** A connection to the server's `postgres`-level admin URL, for pg_terminate_backend. */
  admin: postgres.Sql;
  /** The app's own log lines ("[clarity] …") from every server so far, to explain a failure. */
  appLog: () => string[];
  stop: () => Promise<void>;
};

function waitForHealth(url: string, server: ChildProcess, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const probe = async () => {
      if (server.exitCode !== null) return reject(new Error(`server for ${url} exited:\n${output()}`));
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.status === 200) return resolve();
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error(`server for ${url} not healthy in time:\n${output()}`));
      setTimeout(probe, 300);
    };
    void probe();
  });
}

/**
 * A fresh database on the TEST_DATABASE_URL server with the demo data, and `count` production
 * app servers (the build in .next/) sharing it, as two instances behind a load balancer would.
 */
export async function startPostgresApp(
  count: number,
  env: Record<string, string> = {},
  /** Specs run side by side: each takes ports of its own from EXTRA_PORT_BASE on. */
  firstPort = EXTRA_PORT_BASE,
): Promise<PostgresApp> {
  const adminUrl = new URL(TEST_DATABASE_URL!);
  const databaseName = `clarity_e2e_${randomBytes(5).toString("hex")}`;
  const admin = postgres(adminUrl.toString(), { max: 2, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();

  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/seed-demo.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`);

  // A leftover server on one of these ports would answer the health check in place of ours.
  for (let index = 0; index < count; index++) {
    const port = firstPort + index;
    const busy = await fetch(`http://localhost:${port}/api/health`).then(
      () => true,
      () => false,
    );
    if (busy)
      throw new Error(`port ${port} is already in use: stop whatever listens there (E2E_PORT_BASE moves the ports)`);
  }

  const nextBin = createRequire(path.join(REPO_ROOT, "package.json")).resolve("next/dist/bin/next");
  const secret = randomBytes(32).toString("base64");
  const servers: ChildProcess[] = [];
  const baseUrls: string[] = [];
  const outputs: string[] = [];
  for (let index = 0; index < count; index++) {
    const port = firstPort + index;
    const baseUrl = `http://localhost:${port}`;
    const server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(port)], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: baseUrl,
        PORT: String(port),
        TRUSTED_PROXY_HOPS: "1",
        // The demo coach signs in with a password alone here; mfa-policy-postgres.spec.ts passes
        // MFA_REQUIRED_ROLES="" to see the default of a Postgres deployment.
        MFA_REQUIRED_ROLES: "none",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    outputs[index] = "";
    server.stdout!.on("data", (chunk: Buffer) => (outputs[index] += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (outputs[index] += chunk.toString()));
    servers.push(server);
    baseUrls.push(baseUrl);
  }
  try {
    await Promise.all(baseUrls.map((baseUrl, index) => waitForHealth(baseUrl, servers[index]!, () => outputs[index]!)));
  } catch (error) {
    for (const server of servers) server.kill("SIGKILL");
    throw error;
  }

  return {
    databaseName,
    databaseUrl,
    baseUrls,
    admin,
    appLog: () =>
      outputs.flatMap((output, index) =>
        output
          .split("\n")
          .filter((line) => line.includes("[clarity]"))
          .map((line) => `server ${index}: ${line}`),
      ),
    stop: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              if (server.exitCode !== null) return resolve();
              server.once("exit", () => resolve());
              server.kill("SIGTERM");
              setTimeout(() => server.kill("SIGKILL"), 5_000).unref();
            }),
        ),
      );
      await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Signs in with next-auth's credentials flow over plain fetch; returns the Cookie header to send. */
export async function signInCookie(baseUrl: string, email: string, password: string, address: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { "X-Forwarded-For": address } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, "X-Forwarded-For": address },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} on ${baseUrl} failed: ${response.status}`);
  return session;
}

/** Reads Server-Sent Events from a fetch response body, calling `onEvent` for each. */
export function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: { event: string; id?: string; data: string }) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return (async () => {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        return;
      }
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseSseBlock(block);
        if (event) onEvent(event);
      }
    }
  })();
}
