// `npm run bench:caseload`: the coach's caseload of 200 families against the cheapest signed-in
// request, on one server and one Postgres.
//
// Creates a fresh Postgres database, migrates it, and fills it with BENCH_FAMILIES families on
// one coach's caseload (each with 2 children, 8 providers over 2 years, 6 needs and 100
// messages, in bulk inserts). Starts the production server on it (building first when needed),
// signs the coach in, then drives GET /api/v1/me and GET /api/v1/caseload with autocannon at
// BENCH_CONNECTIONS concurrent connections for BENCH_SECONDS each, after a warm-up. Prints
// p50/p95/p99, requests per second and errors for both, and the targets: caseload p95 under
// 100 ms and within 3× of /me. Prints figures; asserts nothing. The database is dropped at the end.
// The tables are ANALYZEd after loading, as autovacuum would have done on a database in use.
//
// Settings (environment): BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres: an
// account that may create databases), BENCH_FAMILIES (200), BENCH_CONNECTIONS (10),
// BENCH_SECONDS (10), BENCH_PORT (3221), BENCH_NODE_ARGS (flags for the server's node).
import { randomBytes } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import postgres from "postgres";
import { openPostgres } from "../db/client";
import { generateCaseload } from "../db/generate/caseload";
import { messages, providers } from "../db/schema";
import { sql } from "drizzle-orm";
import { createUser } from "../lib/accounts/create-user";
import { hashPassword } from "../lib/auth/password";
import { practiceToday } from "../lib/care-team/gaps";
import { ensureBuild, headersFor, log, percentile, signIn, startServer } from "./support";

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3221);
const COACH = { email: "bench-coach@bench.clarity.test", password: `bench-${randomBytes(8).toString("hex")}` };

type Measured = { label: string; latencies: number[]; requests: number; errors: number; non2xx: number; seconds: number };

/** Runs autocannon against one path and keeps every response time (autocannon reports no p95). */
async function measure(label: string, url: string, headers: Record<string, string>, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { label, latencies, requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, seconds };
}

function line(m: Measured, reference?: Measured) {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  const ratio = reference ? `  ${(percentile(sorted, 95) / percentile([...reference.latencies].sort((a, b) => a - b), 95)).toFixed(2)}× /me at p95` : "";
  console.log(
    `${m.label.padEnd(22)} p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  p99 ${f(percentile(sorted, 99))} ms  ${(m.requests / m.seconds).toFixed(0).padStart(5)} req/s  errors ${m.errors + m.non2xx}${ratio}`,
  );
  return percentile(sorted, 95);
}

async function main() {
  ensureBuild();
  const databaseName = `clarity_bench_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  const databaseUrl = new URL(ADMIN_URL);
  databaseUrl.pathname = `/${databaseName}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const handle = await openPostgres(databaseUrl.toString());
    const coach = await createUser(handle.db, { role: "coach", email: COACH.email, name: "Bench Coach", password: COACH.password });
    const started = performance.now();
    await generateCaseload(handle.db, { coachId: coach.id, count: FAMILIES, today: practiceToday(), passwordHash: await hashPassword(randomBytes(16).toString("hex")), seed: 42 });
    const [providerCount, messageCount] = await Promise.all([handle.db.$count(providers), handle.db.$count(messages)]);
    // Planner statistics, as autovacuum gathers them on any database that has been up a while.
    await handle.db.execute(sql`analyze`);
    log(`generated ${FAMILIES} families (${providerCount} providers, ${messageCount} messages) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await handle.close();

    server = await startServer(PORT, { DATABASE_URL: databaseUrl.toString(), NEXTAUTH_SECRET: randomBytes(32).toString("base64") });
    const cookie = await signIn(server.baseUrl, COACH.email, COACH.password);
    const headers = headersFor(cookie);
    const first = performance.now();
    const firstResponse = await fetch(`${server.baseUrl}/api/v1/caseload`, { headers });
    const body = (await firstResponse.json()) as { families: unknown[]; nextCursor: string | null };
    log(`first caseload request (engine over every family): ${(performance.now() - first).toFixed(0)} ms, status ${firstResponse.status}, ${body.families.length} rows on the first page`);

    log(`warming up, then ${SECONDS} s per route at ${CONNECTIONS} connections`);
    await measure("warm-up /me", `${server.baseUrl}/api/v1/me`, headers, 2);
    await measure("warm-up caseload", `${server.baseUrl}/api/v1/caseload`, headers, 2);
    const me = await measure("GET /api/v1/me", `${server.baseUrl}/api/v1/me`, headers, SECONDS);
    const caseload = await measure("GET /api/v1/caseload", `${server.baseUrl}/api/v1/caseload`, headers, SECONDS);

    console.log("");
    console.log(`Postgres; ${FAMILIES} families on one coach's caseload; ${CONNECTIONS} connections; ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]!.toFixed(1)}; server, database and load generator on one machine`);
    const meP95 = line(me);
    const caseloadP95 = line(caseload, me);
    console.log("");
    console.log(`target: caseload p95 < 100 ms → ${caseloadP95 < 100 ? "met" : "NOT met"} (${caseloadP95.toFixed(1)} ms)`);
    console.log(`target: caseload p95 within 3× of /me → ${caseloadP95 <= 3 * meP95 ? "met" : "NOT met"} (${(caseloadP95 / meP95).toFixed(2)}×)`);
  } finally {
    await server?.stop();
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
