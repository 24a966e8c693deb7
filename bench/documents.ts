// `npm run bench:documents`: document upload and download throughput, and the server's memory.
//
// Starts a production server (building it first when there is no build) on a fresh embedded
// database in a temporary folder, or on DATABASE_URL when set (demo data is loaded there first),
// signs in as a demo parent, then:
//   upload     BENCH_CONCURRENCY (5) uploads at once of a BENCH_MB (15) MB file, BENCH_ROUNDS (3)
//              rounds, each a fresh file of random bytes (so nothing compresses), as multipart;
//   download   the same documents downloaded BENCH_CONCURRENCY at a time, each checked against its sha256.
// Prints the throughput (MB/s over each round's wall time), the time per request, and the
// server's peak resident memory during each phase, with its memory at rest before them. Prints
// figures; asserts nothing but that every upload and download worked.
//
// Settings (environment): BENCH_MB (15), BENCH_CONCURRENCY (5), BENCH_ROUNDS (3), BENCH_PORT (3227).
import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { startMemorySampler } from "./memory";
import { ensureBuild, headersFor, log, percentile, root, signIn, startServer } from "./support";

const MB = Number(process.env.BENCH_MB ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3227);
const BASE = `http://localhost:${PORT}`;
const PARENT = "ana.rivera@demo.clarity.test";
const PASSWORD = "clarity-demo-2026";
// The file is random bytes sent as text/plain would be refused (not text), so it is wrapped as a
// PDF: a header, the random bytes as one stream, and a trailer. Random bytes never spell a name.
const FILE_BYTES = MB * 1024 * 1024;

function randomPdf(): Buffer {
  const head = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Length 0 >>\nstream\n", "latin1");
  const tail = Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
  // Leave room for the wrapper so the file is exactly FILE_BYTES (the limit itself).
  const body = randomBytes(FILE_BYTES - head.length - tail.length);
  // "endstream" would end the stream early, and a zip's end record would read as a second file:
  // vanishingly unlikely in random bytes, but checked.
  if (body.includes("endstream") || body.includes(Buffer.from("PK\x05\x06", "latin1"))) return randomPdf();
  return Buffer.concat([head, body, tail]);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function upload(
  cookie: string,
  familyId: string,
  bytes: Buffer,
  index: number,
): Promise<{ id: string; ms: number }> {
  const form = new FormData();
  form.set("title", `Bench scan ${index}`);
  form.set("kind", "school-record");
  form.set("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), `scan-${index}.pdf`);
  const started = performance.now();
  const response = await fetch(`${BASE}/api/v1/families/${familyId}/documents`, {
    method: "POST",
    headers: headersFor(cookie),
    body: form,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${text.slice(0, 300)}`);
  const { document } = JSON.parse(text) as { document: { id: string; sha256: string } };
  if (document.sha256 !== sha256(bytes)) throw new Error("the stored sha256 is not the upload's");
  return { id: document.id, ms };
}

async function download(cookie: string, familyId: string, id: string, expected: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}/api/v1/families/${familyId}/documents/${id}/file`, {
    headers: headersFor(cookie),
  });
  const hash = createHash("sha256");
  let size = 0;
  for await (const piece of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(piece);
    size += piece.byteLength;
  }
  const ms = performance.now() - started;
  if (response.status !== 200 || size !== FILE_BYTES || hash.digest("hex") !== expected)
    throw new Error(`download of ${id} answered ${response.status} with ${size} bytes`);
  return ms;
}

function report(label: string, roundsMs: number[], requestMs: number[], peakMb: number) {
  const totalMb = MB * CONCURRENCY * roundsMs.length;
  const seconds = roundsMs.reduce((sum, ms) => sum + ms, 0) / 1000;
  const sorted = [...requestMs].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(10)} ${(totalMb / seconds).toFixed(1).padStart(6)} MB/s   per request p50 ${(percentile(sorted, 50) / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s   server peak ${peakMb} MB`,
  );
}

async function main() {
  ensureBuild();
  const env: Record<string, string> = {};
  if (process.env.DATABASE_URL) {
    env.NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64");
    log("on the Postgres database named by DATABASE_URL: loading the demo data");
    const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "lib/cli/seed-demo.ts"], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
  }
  const server = await startServer(PORT, env);
  const memory = startMemorySampler(server.pid);
  try {
    const cookie = await signIn(BASE, PARENT, PASSWORD);
    const me = (await (await fetch(`${BASE}/api/v1/me`, { headers: headersFor(cookie) })).json()) as {
      families: { id: string }[];
    };
    const familyId = me.families[0]!.id;
    // Warm-up, not measured: the first upload loads the route, file-type and the store.
    await upload(cookie, familyId, randomPdf(), 0);
    // The peak since start-up is dropped: at rest is the most it took over two quiet seconds.
    memory.mark();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const atRest = memory.mark();
    log(`${CONCURRENCY} at a time, ${ROUNDS} rounds, ${MB} MB each (${server.baseUrl}); server at rest ${atRest} MB`);

    const stored: { id: string; sha: string }[] = [];
    const uploadRounds: number[] = [];
    const uploadRequests: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const files = Array.from({ length: CONCURRENCY }, randomPdf);
      const started = performance.now();
      const results = await Promise.all(files.map((bytes, i) => upload(cookie, familyId, bytes, round * 10 + i + 1)));
      uploadRounds.push(performance.now() - started);
      results.forEach((result, i) => {
        uploadRequests.push(result.ms);
        stored.push({ id: result.id, sha: sha256(files[i]!) });
      });
    }
    const uploadPeak = memory.mark();

    const downloadRounds: number[] = [];
    const downloadRequests: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const batch = stored.slice(round * CONCURRENCY, (round + 1) * CONCURRENCY);
      const started = performance.now();
      downloadRequests.push(...(await Promise.all(batch.map((item) => download(cookie, familyId, item.id, item.sha)))));
      downloadRounds.push(performance.now() - started);
    }
    const downloadPeak = memory.mark();

    console.log(
      `\n${os.cpus().length} CPUs, Node ${process.version}, ${process.env.DATABASE_URL ? "Postgres (DATABASE_URL)" : "embedded PGlite"}; load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`${MB} MB files, ${CONCURRENCY} at a time, ${ROUNDS} rounds; server at rest ${atRest} MB\n`);
    report("upload", uploadRounds, uploadRequests, uploadPeak);
    report("download", downloadRounds, downloadRequests, downloadPeak);
  } finally {
    memory.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
