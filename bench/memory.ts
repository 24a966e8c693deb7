// The peak resident memory of a server: its process and every process under it (`next start`
// may fork), sampled from /proc twice a second. Linux only; elsewhere it reports NaN.
import fs from "node:fs";

export function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/u.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const treeKb = (pid: number): number =>
  residentKb(pid) + childrenOf(pid).reduce((sum, child) => sum + treeKb(child), 0);

/** Starts sampling; `mark` returns the peak in MB since the last mark, `stop` the peak overall. */
export function startMemorySampler(pid: number) {
  if (!fs.existsSync("/proc/self/status")) return { mark: () => NaN, stop: () => NaN };
  let peakKb = treeKb(pid);
  let sinceMarkKb = peakKb;
  const timer = setInterval(() => {
    const now = treeKb(pid);
    peakKb = Math.max(peakKb, now);
    sinceMarkKb = Math.max(sinceMarkKb, now);
  }, 500);
  return {
    mark: () => {
      const peak = Math.max(sinceMarkKb, treeKb(pid));
      sinceMarkKb = 0;
      return Math.round(peak / 1024);
    },
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peakKb, treeKb(pid)) / 1024);
    },
  };
}
