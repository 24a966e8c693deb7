/**
 * At most `limit` callers inside at once; the rest wait their turn, first come first served.
 * A caseload over the whole practice holds every family's row in memory while it ranks them:
 * fifty of those at once is fifty copies of the practice, where two at a time keep memory flat
 * and finish each request sooner (the work is on the CPU either way).
 */
export function createGate(limit: number) {
  let inside = 0;
  const waiting: (() => void)[] = [];
  return async function through<T>(work: () => Promise<T>): Promise<T> {
    if (inside >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else inside++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else inside--;
    }
  };
}
