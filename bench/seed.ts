// `npm run bench:seed -- --coaches 50 --families-per-coach 200`: a practice in a Postgres
// database, loaded with COPY (the tests use the same generator with batched multi-row inserts), with rows per second printed as it goes.
//
// The database (--database, default clarity_bench) is dropped and created again on the server of
// BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres), so only names starting with
// clarity_bench are accepted. Every coach (coach-<n>@bench.clarity.test), the admin
// (admin@bench.clarity.test) and every parent share the password printed at the end.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openPostgres } from "../db/client";
import { hashPassword } from "@/lib/identity/password";
import { practiceToday } from "../lib/care-team/gaps";
import {
  bulkLoadClient,
  coachEmail,
  copyInsert,
  restoreDerivedColumns,
  countRows,
  createStaff,
  fillCaseloads,
  totalRows,
} from "./practice";
import { log } from "./support";

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function main() {
  const { values } = parseArgs({
    options: {
      coaches: { type: "string", default: "50" },
      "families-per-coach": { type: "string", default: "200" },
      database: { type: "string", default: "clarity_bench" },
      seed: { type: "string", default: "1" },
    },
  });
  const coaches = Number(values.coaches);
  const perCoach = Number(values["families-per-coach"]);
  const name = values.database!;
  if (!/^clarity_bench[a-z0-9_]*$/u.test(name))
    throw new Error("--database must start with clarity_bench (it is dropped and created again)");
  if (!(Number.isInteger(coaches) && coaches > 0 && Number.isInteger(perCoach) && perCoach > 0))
    throw new Error("--coaches and --families-per-coach take positive whole numbers");

  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end({ timeout: 5 });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { max: 2 });
  const copyClient = bulkLoadClient(url.toString());
  try {
    const password = `bench-${randomBytes(9).toString("base64url")}`;
    const passwordHash = await hashPassword(password);
    const coachIds = await createStaff(
      handle.db,
      "coach",
      Array.from({ length: coaches }, (_, index) => coachEmail(index)),
      passwordHash,
    );
    await createStaff(handle.db, "admin", ["admin@bench.clarity.test"], passwordHash);
    log(`loading ${coaches} coaches × ${perCoach} families into ${name}`);
    const started = performance.now();
    let lastReport = started;
    await fillCaseloads(handle.db, {
      coachIds,
      familiesPerCoach: perCoach,
      today: practiceToday(),
      passwordHash,
      label: "s",
      seed: Number(values.seed),
      insert: copyInsert(copyClient),
      onCoach: (done) => {
        if (performance.now() - lastReport < 10_000 && done < coaches) return;
        lastReport = performance.now();
        log(
          `${done}/${coaches} coaches, ${done * perCoach} families, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      },
    });
    await restoreDerivedColumns(handle.db);
    const loadedSeconds = (performance.now() - started) / 1000;
    const counts = await countRows(handle.db);
    log(
      `loaded ${totalRows(counts).toLocaleString("en")} rows in ${loadedSeconds.toFixed(1)} s: ${Math.round(totalRows(counts) / loadedSeconds).toLocaleString("en")} rows/s`,
    );
    log(
      Object.entries(counts)
        .map(([table, rows]) => `${table} ${rows.toLocaleString("en")}`)
        .join(", "),
    );
    const analyzed = performance.now();
    await handle.db.execute(sql`vacuum analyze`);
    log(
      `vacuum analyze (as autovacuum would on a database in use): ${((performance.now() - analyzed) / 1000).toFixed(1)} s`,
    );
    console.log(
      `\nDATABASE_URL=${url.toString()}\nsign in as ${coachEmail(0)} (or admin@bench.clarity.test, or parent-s-c0-0@generated.clarity.test) with the password ${password}`,
    );
  } finally {
    await copyClient.end({ timeout: 5 });
    await handle.close();
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
