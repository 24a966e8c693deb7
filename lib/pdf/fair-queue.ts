/** Why a piece of work was not let in. */
export class QueueRefusal extends Error {
  constructor(readonly reason: "owner_busy" | "queue_full" | "waited_too_long") {
    super(reason);
  }
}

type FairQueueLimits = {
  /** Pieces of work at once, over everyone. */
  running: number;
  /** Pieces of work one owner may have in the queue at once, running or waiting. */
  perOwner: number;
  /** Pieces of work waiting at once, over everyone. */
  waiting: number;
  /** How long a piece of work may wait for its turn before it is given up. */
  maxWaitMs: number;
};

/**
 * A queue that shares a scarce resource (Chromium's renders) fairly between owners (users): each
 * owner has at most `perOwner` pieces of work in it, and a freed slot goes to the waiting owner
 * whose last turn began longest ago (one who had none yet goes first), not to whoever queued the
 * most. One busy owner is refused early (`owner_busy`) and waits behind nobody but themselves, so
 * the others are never starved; when everyone together fills it up, it refuses with `queue_full`.
 */
export function createFairQueue(limits: FairQueueLimits) {
  let running = 0;
  let waitingCount = 0;
  let turns = 0;
  const held = new Map<string, number>();
  // When each owner holding work last began a piece of it (a turn number).
  const lastTurn = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();

  const beginTurn = (owner: string) => lastTurn.set(owner, ++turns);

  /** The freed slot goes to the waiting owner whose last turn is oldest; without one, it is free. */
  function handOver(): void {
    let chosen: string | undefined;
    for (const owner of waiting.keys())
      if (chosen === undefined || (lastTurn.get(owner) ?? 0) < (lastTurn.get(chosen) ?? 0)) chosen = owner;
    if (chosen === undefined) {
      running--;
      return;
    }
    const queue = waiting.get(chosen)!;
    const next = queue.shift()!;
    if (queue.length === 0) waiting.delete(chosen);
    waitingCount--;
    beginTurn(chosen);
    next();
  }

  function waitForTurn(owner: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const granted = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const queue = waiting.get(owner);
        const index = queue?.indexOf(granted) ?? -1;
        if (index < 0) return;
        queue!.splice(index, 1);
        if (queue!.length === 0) waiting.delete(owner);
        waitingCount--;
        reject(new QueueRefusal("waited_too_long"));
      }, limits.maxWaitMs);
      timer.unref?.();
      const queue = waiting.get(owner) ?? [];
      queue.push(granted);
      waiting.set(owner, queue);
      waitingCount++;
    });
  }

  return {
    async run<T>(owner: string, work: () => Promise<T>): Promise<T> {
      const mine = held.get(owner) ?? 0;
      if (mine >= limits.perOwner) throw new QueueRefusal("owner_busy");
      const mustWait = running >= limits.running;
      if (mustWait && waitingCount >= limits.waiting) throw new QueueRefusal("queue_full");
      held.set(owner, mine + 1);
      try {
        if (mustWait) await waitForTurn(owner);
        else {
          running++;
          beginTurn(owner);
        }
        try {
          return await work();
        } finally {
          handOver();
        }
      } finally {
        const left = (held.get(owner) ?? 1) - 1;
        if (left > 0) held.set(owner, left);
        else {
          held.delete(owner);
          lastTurn.delete(owner);
        }
      }
    },
    /** What the queue holds now (for tests and logs). */
    state: () => ({ running, waiting: waitingCount, owners: held.size }),
  };
}
