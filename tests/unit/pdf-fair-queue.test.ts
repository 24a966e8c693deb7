import { afterEach, describe, expect, it, vi } from "vitest";
import { createFairQueue, QueueRefusal } from "@/lib/pdf/fair-queue";

/** A piece of work that finishes when the test says so, and records when it started. */
function deferred(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: async () => (log.push(name), await done, name), finish };
}

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "none",
    (error: unknown) => (error instanceof QueueRefusal ? error.reason : "other"),
  );

/** Lets every settled promise run its continuations. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the PDF render queue", () => {
  afterEach(() => vi.useRealTimers());

  it("a busy user is refused beyond their own share, and another user's turn comes before their next", async () => {
    const queue = createFairQueue({ running: 2, perOwner: 2, waiting: 8, maxWaitMs: 60_000 });
    const log: string[] = [];
    const busy = Array.from({ length: 12 }, (_, i) => deferred(log, `busy-${i}`));
    const runs = busy.map((item) => queue.run("busy-family", item.work));
    // Two of the twelve are in (both running); ten are refused at once, and nobody else's place is taken.
    expect(await Promise.all(runs.slice(2).map(refusalOf))).toEqual(Array(10).fill("owner_busy"));
    expect(queue.state()).toEqual({ running: 2, waiting: 0, owners: 1 });

    const other = deferred(log, "other-family");
    const others = queue.run("other-family", other.work);
    busy[0]!.finish();
    await runs[0];
    const again = deferred(log, "busy-again");
    const busyAgain = queue.run("busy-family", again.work);
    busy[1]!.finish();
    await runs[1];
    await settle();
    expect(log).toEqual(["busy-0", "busy-1", "other-family", "busy-again"]);
    other.finish();
    again.finish();
    expect(await Promise.all([others, busyAgain])).toEqual(["other-family", "busy-again"]);
    expect(queue.state()).toEqual({ running: 0, waiting: 0, owners: 0 });
  });

  it("turns go round: everyone waiting gets one before anyone gets another", async () => {
    const queue = createFairQueue({ running: 1, perOwner: 3, waiting: 10, maxWaitMs: 60_000 });
    const log: string[] = [];
    const plan: [string, string][] = [
      ["a", "a-1"],
      ["a", "a-2"],
      ["a", "a-3"],
      ["b", "b-1"],
      ["c", "c-1"],
      ["b", "b-2"],
    ];
    const items = plan.map(([, name]) => deferred(log, name));
    const runs = items.map((item, i) => queue.run(plan[i]![0], item.work));
    for (const item of items) {
      await settle();
      item.finish();
    }
    await Promise.all(runs);
    expect(log).toEqual(["a-1", "b-1", "c-1", "a-2", "b-2", "a-3"]);
  });

  it("when everybody together fills it, it refuses with queue_full; a wait too long is given up", async () => {
    vi.useFakeTimers();
    const queue = createFairQueue({ running: 1, perOwner: 1, waiting: 2, maxWaitMs: 5_000 });
    const log: string[] = [];
    const running = deferred(log, "u1");
    const first = queue.run("u1", running.work);
    const waiters = ["u2", "u3"].map((owner) => queue.run(owner, deferred(log, owner).work));
    expect(await refusalOf(queue.run("u4", deferred(log, "u4").work))).toBe("queue_full");
    vi.advanceTimersByTime(5_001);
    expect(await Promise.all(waiters.map(refusalOf))).toEqual(["waited_too_long", "waited_too_long"]);
    expect(queue.state()).toEqual({ running: 1, waiting: 0, owners: 1 });
    running.finish();
    expect(await first).toBe("u1");
    expect(queue.state()).toEqual({ running: 0, waiting: 0, owners: 0 });
    expect(log).toEqual(["u1"]);
  });

  it("a failed render frees its slot and its owner's share", async () => {
    const queue = createFairQueue({ running: 1, perOwner: 1, waiting: 1, maxWaitMs: 60_000 });
    await expect(queue.run("u", async () => Promise.reject(new Error("chromium crashed")))).rejects.toThrow(
      "chromium crashed",
    );
    expect(queue.state()).toEqual({ running: 0, waiting: 0, owners: 0 });
    expect(await queue.run("u", async () => "ok")).toBe("ok");
  });
});
