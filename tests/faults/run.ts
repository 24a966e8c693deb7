/**
 * `npm run test:faults`: a mixed load against a production server on Postgres while the database
 * misbehaves, then an audit of what was acknowledged.
 *
 * - A PRIVATE Postgres cluster (initdb + pg_ctl in a temp folder, on FAULTS_PG_PORT, 5499) so
 *   restarting it disturbs no one else; as root it runs as the `postgres` user.
 * - Load: sign-ins, provider creates and edits (each recorded by a care event in the same
 *   transaction) retried with the same Idempotency-Key until acknowledged, message sends retried
 *   with the same clientMessageId until acknowledged.
 * - Faults: the app's connections are terminated twice, then the Postgres server is restarted.
 * - Verdict: every acknowledged write exists exactly once, no half-written change (a provider
 *   without its care event, an edit without its event, a message without its audit row), the app
 *   answered 503 quickly while the database was away, and recovered without a restart.
 *
 * Needs a production build (.next/BUILD_ID; built when missing). Exits non-zero on any violation.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { NEXT_START_FLAGS } from "../../lib/cli/server-flags";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 5499);
const APP_PORT = Number(process.env.FAULTS_APP_PORT ?? Number(process.env.E2E_PORT_BASE ?? 3100) + 30);
const BASE = `http://localhost:${APP_PORT}`;
const LOAD_SECONDS = Number(process.env.FAULTS_LOAD_SECONDS ?? 60);
const PASSWORD = "clarity-demo-2026";
const isRoot = process.getuid?.() === 0;
const CONNECT_TIMEOUT_S = 2;
const STATEMENT_TIMEOUT_S = 5;

const log = (message: string) => console.log(`[faults] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const problems: string[] = [];
const fail = (message: string) => {
  problems.push(message);
  console.error(`[faults] PROBLEM: ${message}`);
};

// ---------------------------------------------------------------- a private Postgres cluster

function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions)
    if (fs.existsSync(path.join(base, version, "bin", "initdb"))) return path.join(base, version, "bin");
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  throw new Error("initdb not found: install the Postgres server (Debian: apt-get install postgresql)");
}

function asPostgresUser(command: string, args: string[]) {
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

class Cluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "clarity-faults-pg-"));
  readonly data = path.join(this.dir, "data");
  readonly bin = postgresBin();
  readonly adminUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;

  init() {
    if (isRoot) spawnSync("chown", ["postgres:postgres", this.dir]);
    asPostgresUser(path.join(this.bin, "initdb"), [
      "-D",
      this.data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    this.start();
  }

  start() {
    asPostgresUser(path.join(this.bin, "pg_ctl"), [
      "-D",
      this.data,
      "-l",
      path.join(this.dir, "server.log"),
      "-w",
      "-o",
      `-p ${PG_PORT} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  }

  stop(mode = "fast") {
    asPostgresUser(path.join(this.bin, "pg_ctl"), ["-D", this.data, "-m", mode, "-w", "stop"]);
  }

  destroy() {
    try {
      this.stop("immediate");
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the app under load

type Timed = { status: number; ms: number; text: string };

async function request(
  method: string,
  url: string,
  init: {
    cookie?: string;
    body?: unknown;
    form?: Record<string, string>;
    address?: string;
    idempotencyKey?: string;
  } = {},
): Promise<Timed> {
  const started = performance.now();
  const headers: Record<string, string> = { "X-Forwarded-For": init.address ?? "10.9.0.1" };
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.idempotencyKey) headers["Idempotency-Key"] = init.idempotencyKey;
  let body: string | undefined;
  if (init.form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(init.form).toString();
  } else if (init.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  try {
    const response = await fetch(`${BASE}${url}`, {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, ms: performance.now() - started, text: await response.text() };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, text: String(error) };
  }
}

async function signIn(email: string, address: string): Promise<string | null> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`, { headers: { "X-Forwarded-For": address } }).catch(() => null);
  if (!csrf || csrf.status !== 200) return null;
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "X-Forwarded-For": address },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, json: "true" }),
    redirect: "manual",
  }).catch(() => null);
  if (!response || response.status !== 200) return null;
  return (
    response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0]!)
      .find((line) => line.startsWith("next-auth.session-token=")) ?? null
  );
}

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const unavailable: number[] = []; // ms of each 503

function note(kind: string, answer: Timed) {
  count(`${kind} ${answer.status}`);
  if (answer.status === 503) unavailable.push(answer.ms);
  if (answer.status >= 500 && answer.status !== 503)
    fail(`${kind} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("no production build: building");
    if (spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0)
      throw new Error("next build failed");
  }
  if (
    await fetch(`${BASE}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${APP_PORT} is in use (FAULTS_APP_PORT moves it)`);

  const cluster = new Cluster();
  let server: ChildProcess | undefined;
  let serverLog = "";
  const cleanup = () => {
    server?.kill("SIGKILL");
    cluster.destroy();
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });

  try {
    cluster.init();
    log(`private Postgres (${cluster.bin}) on port ${PG_PORT} in ${cluster.dir}`);
    const admin = postgres(cluster.adminUrl, { max: 2, onnotice: () => {} });
    await admin.unsafe("create database clarity_faults");
    const databaseUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/clarity_faults`;
    const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/seed-demo.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`);

    const nextBin = createRequire(path.join(ROOT, "package.json")).resolve("next/dist/bin/next");
    server = spawn(process.execPath, [nextBin, "start", ...NEXT_START_FLAGS, "-p", String(APP_PORT)], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
        NEXTAUTH_URL: BASE,
        PORT: String(APP_PORT),
        TRUSTED_PROXY_HOPS: "1",
        SIGN_IN_MAX_FAILURES: "100000",
        // The load signs coaches in with a password alone: the fault test is about lost writes.
        MFA_REQUIRED_ROLES: "none",
        DATABASE_CONNECT_TIMEOUT: String(CONNECT_TIMEOUT_S),
        DATABASE_STATEMENT_TIMEOUT: String(STATEMENT_TIMEOUT_S),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    for (let attempt = 0; ; attempt++) {
      if ((await request("GET", "/api/health")).status === 200) break;
      if (server.exitCode !== null || attempt > 120) throw new Error(`the app did not start:\n${serverLog}`);
      await sleep(500);
    }
    log(`app on ${BASE}, load for ${LOAD_SECONDS} s`);

    // Who does what: the coach edits providers, the parents send messages.
    const coach = (await signIn("coach@demo.clarity.test", "10.9.1.1"))!;
    const ana = (await signIn("ana.rivera@demo.clarity.test", "10.9.1.2"))!;
    const linh = (await signIn("linh.nguyen@demo.clarity.test", "10.9.1.3"))!;
    const familyOf = async (cookie: string) =>
      (JSON.parse((await request("GET", "/api/v1/me", { cookie })).text) as { families: { id: string }[] }).families[0]!
        .id;
    const rivera = await familyOf(ana);
    const nguyen = await familyOf(linh);
    const children = JSON.parse(
      (await request("GET", `/api/v1/families/${rivera}/children`, { cookie: coach })).text,
    ) as { children: { id: string }[] };
    const childId = children.children[0]!.id;

    const run = `F${Date.now().toString(36)}`;
    const stopAt = Date.now() + LOAD_SECONDS * 1000;
    const acked = {
      signIns: [] as string[],
      providers: [] as string[],
      edits: [] as string[],
      messages: [] as string[],
    };
    let editTarget: string | null = null;

    const signInWorker = async (worker: number) => {
      for (let n = 0; Date.now() < stopAt; n++) {
        const email = n % 2 ? "luis.rivera@demo.clarity.test" : "linh.nguyen@demo.clarity.test";
        const cookie = await signIn(email, `10.9.2.${worker}`);
        count(cookie ? "sign-in ok" : "sign-in refused");
        if (cookie) acked.signIns.push(cookie);
        await sleep(150);
      }
    };

    const providerWorker = async (worker: number) => {
      // Every change carries an Idempotency-Key and is retried with it until acknowledged: a
      // first attempt that committed but answered 503 must not happen twice. Both workers edit
      // the same provider, so a duplicated edit would show as a second event for its value.
      const untilAcknowledged = async (kind: string, method: string, url: string, body: unknown) => {
        const idempotencyKey = randomUUID();
        for (let attempt = 0; attempt < 40 && Date.now() < stopAt + 20_000; attempt++) {
          const answer = await request(method, url, { cookie: coach, body, idempotencyKey });
          note(kind, answer);
          if (answer.status === 200 || answer.status === 201) return answer;
          await sleep(300);
        }
        return null;
      };
      for (let n = 0; Date.now() < stopAt; n++) {
        if (n % 3 === 0 || !editTarget) {
          const name = `${run} p${worker}-${n}`;
          const body = {
            name,
            statedTitle: "Counselor",
            credentialId: "lpc",
            childIds: [childId],
            servicesDelivered: ["individual-therapy"],
            startOn: "2026-03-01",
          };
          const answer = await untilAcknowledged(
            "provider create",
            "POST",
            `/api/v1/families/${rivera}/providers`,
            body,
          );
          if (answer) {
            acked.providers.push(name);
            editTarget = (JSON.parse(answer.text) as { provider: { id: string } }).provider.id;
          }
        } else {
          const agency = `${run} e${worker}-${n}`;
          if (
            await untilAcknowledged("provider edit", "PATCH", `/api/v1/families/${rivera}/providers/${editTarget}`, {
              agency,
            })
          )
            acked.edits.push(agency);
        }
        await sleep(100);
      }
    };

    const messageWorker = async (worker: number) => {
      const [cookie, familyId] = worker % 2 ? [ana, rivera] : [linh, nguyen];
      for (let n = 0; Date.now() < stopAt; n++) {
        const clientMessageId = randomUUID();
        const body = `${run} m${worker}-${n}`;
        // Retried with the same id until acknowledged: the server must store it exactly once.
        for (let attempt = 0; attempt < 40; attempt++) {
          const answer = await request("POST", `/api/v1/families/${familyId}/messages`, {
            cookie,
            body: { clientMessageId, body },
          });
          note("message send", answer);
          if (answer.status === 201 || answer.status === 200) {
            acked.messages.push(clientMessageId);
            break;
          }
          await sleep(250);
        }
        await sleep(100);
      }
    };

    // The faults, on a schedule inside the load.
    const probes: { what: string; status: number; ms: number }[] = [];
    const faults = async () => {
      const kill = async (which: number) => {
        const killed =
          await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = 'clarity_faults' and pid <> pg_backend_pid()`;
        log(`fault ${which}: terminated ${killed.length} app connections`);
      };
      await sleep(LOAD_SECONDS * 150);
      await kill(1);
      await sleep(LOAD_SECONDS * 150);
      await kill(2);
      await sleep(LOAD_SECONDS * 150);
      log("fault 3: Postgres server stopping");
      cluster.stop("fast");
      const downSince = Date.now();
      while (Date.now() - downSince < 6_000) {
        const health = await request("GET", "/api/health");
        const read = await request("GET", "/api/v1/me", { cookie: coach });
        probes.push(
          { what: "health", status: health.status, ms: health.ms },
          { what: "me", status: read.status, ms: read.ms },
        );
        await sleep(500);
      }
      cluster.start();
      log("fault 3: Postgres server started again");
      const backSince = Date.now();
      for (;;) {
        if ((await request("GET", "/api/v1/me", { cookie: coach })).status === 200) break;
        if (Date.now() - backSince > 30_000) {
          fail("the app did not recover within 30 s of the database coming back");
          break;
        }
        await sleep(250);
      }
      log(
        `recovered ${((Date.now() - backSince) / 1000).toFixed(1)} s after the database came back, without a restart`,
      );
      recoverySeconds = (Date.now() - backSince) / 1000;
    };
    let recoverySeconds = Number.NaN;

    await Promise.all([
      faults(),
      signInWorker(1),
      signInWorker(2),
      providerWorker(1),
      providerWorker(2),
      messageWorker(1),
      messageWorker(2),
      messageWorker(3),
      messageWorker(4),
    ]);

    // While the database was away: 503, and quickly.
    const away = probes.filter((probe) => probe.status !== 200);
    if (away.length === 0) fail("no request saw the database away");
    for (const probe of away) {
      if (probe.status !== 503)
        fail(`${probe.what} answered ${probe.status} while the database was away (503 expected)`);
      log(`while away: ${probe.what} ${probe.status} in ${probe.ms.toFixed(0)} ms`);
      // Quickly = within the connect timeout (the documented wait for a connection) plus slack,
      // not the statement timeout on top of it that a hung call used to take.
      if (probe.ms > CONNECT_TIMEOUT_S * 1000 + 2_000)
        fail(`${probe.what} took ${probe.ms.toFixed(0)} ms to answer 503 while the database was away`);
    }
    if (server.exitCode !== null) fail("the app server exited during the run");

    // ------------------------------------------------------------ the audit, on the database
    const db = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    const found = { providers: 0, edits: 0, messages: 0, signIns: 0 };

    const providers = await db<{ id: string; name: string; events: number }[]>`
      select p.id, p.name, (select count(*)::int from care_events e where e.subject_id = p.id and e.action = 'provider.added') as events
      from providers p where p.name like ${`${run} %`}`;
    const byName = new Map(providers.map((row) => [row.name, row]));
    for (const name of acked.providers) if (byName.has(name)) found.providers++;
    if (found.providers !== acked.providers.length)
      fail(`${acked.providers.length - found.providers} acknowledged provider creates are missing`);
    if (new Set(providers.map((row) => row.name)).size !== providers.length) fail("a provider was stored twice");
    for (const row of providers)
      if (row.events !== 1) fail(`provider ${row.name} has ${row.events} 'provider.added' events (1 expected)`);
    const unacked = providers.filter((row) => !acked.providers.includes(row.name)).length;

    const edits = await db<{ agency: string; n: number }[]>`
      select changes->'agency'->>'to' as agency, count(*)::int as n from care_events
      where action = 'provider.updated' and changes->'agency'->>'to' like ${`${run} %`} group by 1`;
    const editEvents = new Map(edits.map((row) => [row.agency, row.n]));
    for (const agency of acked.edits) {
      const n = editEvents.get(agency) ?? 0;
      if (n === 1) found.edits++;
      else fail(`edit ${agency}: ${n} care events (1 expected)`);
    }
    for (const [agency, n] of editEvents) if (n !== 1) fail(`edit ${agency} recorded ${n} times`);
    // The provider's current value came with its event: no change without its history line.
    const current = await db<{ agency: string | null }[]>`select agency from providers where agency like ${`${run} %`}`;
    for (const row of current)
      if (!editEvents.has(row.agency!)) fail(`a provider holds ${row.agency} but no care event records that edit`);

    const rows = await db<{ client_message_id: string; audits: number }[]>`
      select m.client_message_id, (select count(*)::int from audit_log a where a.action = 'message.send' and a.target_id = m.id::text) as audits
      from messages m where m.body like ${`${run} %`}`;
    const grouped = new Map<string, { client_message_id: string; n: number; audits: number }>();
    for (const row of rows) {
      const seen = grouped.get(row.client_message_id);
      if (seen) seen.n++;
      else grouped.set(row.client_message_id, { client_message_id: row.client_message_id, n: 1, audits: row.audits });
    }
    const stored = [...grouped.values()];
    const messagesById = new Map(stored.map((row) => [row.client_message_id, row]));
    for (const id of acked.messages) {
      const row = messagesById.get(id);
      if (!row) fail(`acknowledged message ${id} is missing`);
      else if (row.n !== 1) fail(`message ${id} stored ${row.n} times`);
      else found.messages++;
    }
    for (const row of stored)
      if (row.audits !== 1) fail(`message ${row.client_message_id} has ${row.audits} audit rows (1 expected)`);

    for (const cookie of acked.signIns) {
      const answer = await request("GET", "/api/v1/me", { cookie });
      if (answer.status === 200) found.signIns++;
      else fail(`an acknowledged sign-in's session answers ${answer.status}`);
    }
    await db.end();
    await admin.end();

    const sorted = [...unavailable].sort((a, b) => a - b);
    const p = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0) : "-";
    log("---------------------------------------------------------------- figures");
    log(
      `requests by outcome: ${[...tally.entries()]
        .sort()
        .map(([key, n]) => `${key}: ${n}`)
        .join(", ")}`,
    );
    log(
      `503 answers: ${unavailable.length} (p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms); while the server was down: ${away.length} probes, all 503 in ≤ ${Math.max(0, ...away.map((probe) => probe.ms)).toFixed(0)} ms`,
    );
    log(`recovery after the restart: ${recoverySeconds.toFixed(1)} s, same app process`);
    log(
      `acknowledged → found exactly once: sign-ins ${acked.signIns.length} → ${found.signIns}, provider creates ${acked.providers.length} → ${found.providers} (+${unacked} committed without an answer, each with its event), provider edits ${acked.edits.length} → ${found.edits}, messages ${acked.messages.length} → ${found.messages}`,
    );
    log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (
      acked.messages.length === 0 ||
      acked.edits.length === 0 ||
      acked.providers.length === 0 ||
      acked.signIns.length === 0
    )
      fail("some kind of write was never acknowledged: the load did not run");
  } finally {
    if (problems.length && serverLog)
      console.error(
        serverLog
          .split("\n")
          .filter((line) => line.includes("[clarity]"))
          .slice(-40)
          .join("\n"),
      );
    server?.kill("SIGTERM");
    await sleep(500);
    cleanup();
  }
  if (problems.length) {
    console.error(`[faults] FAILED: ${problems.length} problem(s)`);
    process.exit(1);
  }
  log("PASSED");
}

main().catch((error) => {
  console.error(`[faults] ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
