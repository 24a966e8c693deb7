// Where the benchmark's CPU goes, from /proc (Linux only; elsewhere NaN, and no wait):
// the machine's CPU use, to start timing on a quiet machine, and the CPU time the server, Postgres
// and the load generator spend per request, which tells a slow app from a busy machine.
import fs from "node:fs";
import { childrenOf } from "./memory";

/** Busy and total CPU time of the whole machine so far, in clock ticks. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/u).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    const idle = fields[3]!; // iowait (fields[4]) counts as busy: the disk is still at work
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * After loading 2.2 million rows the database, the kernel and this process's collector may keep
 * working for a while, and the route measured first would be timed against that. Samples the
 * machine's CPU use over one second at a time until it is below `busyBelow` (a
 * fraction) or `maxSeconds` have passed; returns the seconds waited and the last second's use.
 */
export async function waitForQuietMachine(
  busyBelow = 0.15,
  maxSeconds = 90,
): Promise<{ waited: number; busy: number }> {
  const started = performance.now();
  let busy = NaN;
  for (let second = 0; second < maxSeconds; second++) {
    const before = cpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTicks();
    if (!before || !after) break;
    busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy < busyBelow) break;
  }
  return { waited: (performance.now() - started) / 1000, busy };
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

/** User and system CPU of one process, in clock ticks (0 once it is gone). */
function processTicks(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/u.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    });
}

const treeTicks = (pid: number): number =>
  processTicks(pid) + childrenOf(pid).reduce((sum, child) => sum + treeTicks(child), 0);

/** Milliseconds of CPU per request: the app server (with its children), every Postgres process, this process. */
export type CpuPerRequest = { server: number; postgres: number; loadGenerator: number };

/**
 * Starts counting; the function it returns stops and divides by the requests served meanwhile.
 * Without a server to watch (or /proc) every figure is NaN.
 */
export function startCpuCount(serverPid: number | undefined): (requests: number) => CpuPerRequest {
  if (serverPid === undefined || !fs.existsSync("/proc/self/stat"))
    return () => ({ server: NaN, postgres: NaN, loadGenerator: NaN });
  // Backends that end during the count take their ticks with them: connection pools keep theirs.
  const postgres = () => postgresPids().reduce((sum, pid) => sum + processTicks(pid), 0);
  const before = { server: treeTicks(serverPid), postgres: postgres(), loadGenerator: processTicks(process.pid) };
  return (requests) => {
    const perRequest = (ticks: number) =>
      Math.round(((ticks * 1000) / TICKS_PER_SECOND / Math.max(1, requests)) * 100) / 100;
    return {
      server: perRequest(treeTicks(serverPid) - before.server),
      postgres: perRequest(postgres() - before.postgres),
      loadGenerator: perRequest(processTicks(process.pid) - before.loadGenerator),
    };
  };
}
