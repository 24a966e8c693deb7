// `npm run bench:messages`: send and live-delivery latency under concurrent senders.
//
// Starts a production server (building it first when there is no build) on a fresh embedded
// database in a temporary folder, or on DATABASE_URL when set (demo data is loaded there first),
// signs up SENDERS parents into one family through the product's own invite flow, opens a live
// stream for every sender and for the coach, then runs two rounds with all senders at once:
//   paced      every sender posts one message per BENCH_PACE_MS (1000 ms, with jitter): twenty
//              people typing fast in one conversation; the delivery target applies here;
//   saturated  every sender posts back to back without pause: the most the server takes, where
//              latency is mostly queueing.
// Prints p50/p95/p99 of the send round trip and of delivery: from the start of the POST to the
// message arriving on the coach's stream, and on every stream. Prints figures; asserts nothing.
//
// Settings (environment): BENCH_SENDERS (20), BENCH_MESSAGES (25 per sender and round),
// BENCH_PACE_MS (1000), BENCH_PORT (3219), BENCH_NODE_ARGS (flags for the server's node).
import { randomBytes, randomUUID } from "node:crypto";
import os from "node:os";
import { spawnSync } from "node:child_process";
import {
  ensureBuild,
  headersFor,
  log,
  percentile,
  root,
  signIn as signInAt,
  startServer as startServerAt,
} from "./support";
import { openStream } from "./stream";

const SENDERS = Number(process.env.BENCH_SENDERS ?? 20);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 25);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3219);
const BASE = `http://localhost:${PORT}`;
const COACH = "coach@demo.clarity.test";
const PASSWORD = "clarity-demo-2026";

async function startServer() {
  const env: Record<string, string> = {};
  if (process.env.DATABASE_URL) {
    env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64");
    // The demo coach signs in with a password alone, as on the embedded database.
    env.MFA_REQUIRED_ROLES = process.env.MFA_REQUIRED_ROLES ?? "none";
    log("on the Postgres database named by DATABASE_URL: loading the demo data");
    const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/seed-demo.ts"], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
  }
  return startServerAt(PORT, env);
}

const signIn = (email: string, password: string) => signInAt(BASE, email, password);

async function api<T>(
  cookie: string | undefined,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${BASE}${url}`, {
    method,
    headers: { ...headersFor(cookie), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as T };
}

const openStreamFor = (cookie: string, familyId: string, arrivals: Map<string, number>) =>
  openStream(`${BASE}/api/v1/families/${familyId}/messages/stream`, headersFor(cookie), arrivals);

function row(label: string, values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `${label.padEnd(34)} n=${String(sorted.length).padStart(6)}  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  p99 ${f(percentile(sorted, 99))} ms  max ${f(sorted[sorted.length - 1] ?? NaN)} ms`,
  );
}

async function main() {
  ensureBuild();
  const server = await startServer();
  const streams: { close: () => Promise<void> }[] = [];
  try {
    const coach = await signIn(COACH, PASSWORD);
    const me = await api<{ families: { id: string; name: string }[] }>(coach, "GET", "/api/v1/me");
    const familyId = me.data.families.find((family) => family.name === "The Rivera family")!.id;

    log(`signing up ${SENDERS} parents into one family through invites`);
    const senders: string[] = [];
    for (let i = 0; i < SENDERS; i++) {
      const invite = await api<{ token: string }>(coach, "POST", "/api/v1/invites", { familyId });
      const email = `bench-${i}-${randomUUID().slice(0, 8)}@bench.clarity.test`;
      const password = `bench-${randomUUID()}`;
      const signUp = await api(undefined, "POST", "/api/v1/sign-up", {
        token: invite.data.token,
        name: `Bench parent ${i}`,
        email,
        password,
      });
      if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}`);
      senders.push(await signIn(email, password));
    }

    const coachArrivals = new Map<string, number>();
    const everyArrival: Map<string, number>[] = [coachArrivals];
    streams.push(await openStreamFor(coach, familyId, coachArrivals));
    for (const cookie of senders) {
      const arrivals = new Map<string, number>();
      everyArrival.push(arrivals);
      streams.push(await openStreamFor(cookie, familyId, arrivals));
    }
    log(`${streams.length} live streams open; ${SENDERS} senders × ${MESSAGES} messages per round`);

    // Warm-up, not measured: the first requests compile routes and fill pools.
    await Promise.all(
      senders.map((cookie) =>
        api(cookie, "POST", `/api/v1/families/${familyId}/messages`, {
          clientMessageId: randomUUID(),
          body: "warm-up",
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    console.log("");
    console.log(
      `database: ${process.env.DATABASE_URL ? "Postgres (DATABASE_URL)" : "embedded PGlite"}; ${SENDERS} concurrent senders in one conversation; ${streams.length} open streams; ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at start`,
    );
    let pacedP95 = NaN;
    for (const round of ["paced", "saturated"] as const) {
      const started = new Map<string, number>();
      const sendLatencies: number[] = [];
      const failures: number[] = [];
      const wallStart = performance.now();
      await Promise.all(
        senders.map(async (cookie, index) => {
          // Paced senders start spread over one period, as people would.
          if (round === "paced") await new Promise((resolve) => setTimeout(resolve, Math.random() * PACE_MS));
          for (let i = 0; i < MESSAGES; i++) {
            const t0 = performance.now();
            const result = await api<{ message: { id: string } }>(
              cookie,
              "POST",
              `/api/v1/families/${familyId}/messages`,
              {
                clientMessageId: randomUUID(),
                body: `Bench ${round} message ${i} from sender ${index}`,
              },
            );
            const t1 = performance.now();
            if (result.status !== 201) {
              failures.push(result.status);
              continue;
            }
            sendLatencies.push(t1 - t0);
            started.set(result.data.message.id, t0);
            if (round === "paced")
              await new Promise((resolve) =>
                setTimeout(resolve, Math.max(0, PACE_MS * (0.5 + Math.random()) - (t1 - t0))),
              );
          }
        }),
      );
      const wallMs = performance.now() - wallStart;

      // Wait for the streams to receive everything (or give up after 20 s).
      const deadline = Date.now() + 20_000;
      while (
        Date.now() < deadline &&
        everyArrival.some((arrivals) => [...started.keys()].some((id) => !arrivals.has(id)))
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const coachDelivery = [...started].flatMap(([id, t0]) =>
        coachArrivals.has(id) ? [coachArrivals.get(id)! - t0] : [],
      );
      const allDelivery = everyArrival.flatMap((arrivals) =>
        [...started].flatMap(([id, t0]) => (arrivals.has(id) ? [arrivals.get(id)! - t0] : [])),
      );
      const missing = everyArrival.reduce(
        (sum, arrivals) => sum + [...started.keys()].filter((id) => !arrivals.has(id)).length,
        0,
      );

      console.log("");
      console.log(
        `${round === "paced" ? `paced round: one message per sender every ~${PACE_MS} ms` : "saturated round: back to back"} — ${started.size} messages in ${(wallMs / 1000).toFixed(2)} s (${(started.size / (wallMs / 1000)).toFixed(0)}/s); failed sends: ${failures.length}${failures.length ? ` (${[...new Set(failures)].join(", ")})` : ""}; never delivered within 20 s: ${missing}`,
      );
      row("send (POST round trip)", sendLatencies);
      row("delivery, POST start → coach", coachDelivery);
      row("delivery, POST start → every stream", allDelivery);
      if (round === "paced")
        pacedP95 = percentile(
          [...coachDelivery].sort((a, b) => a - b),
          95,
        );
    }
    console.log("");
    console.log(
      `target (paced round): delivery p95 < 100 ms → ${pacedP95 < 100 ? "met" : "NOT met"} (${pacedP95.toFixed(1)} ms)`,
    );
  } finally {
    for (const stream of streams) await stream.close().catch(() => {});
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
