import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/** What a request that outlived its deadline fails with: a database that did not answer in time. */
export class RequestDeadlineError extends Error {
  readonly code = "REQUEST_DEADLINE";
}

export type Deadline = { at: number };

const deadlines = new AsyncLocalStorage<Deadline>();

/** Runs `work` with a deadline (epoch ms, or the object a caller may move) that writes check before they commit. */
export function withDeadline<T>(at: number | Deadline, work: () => Promise<T>): Promise<T> {
  return deadlines.run(typeof at === "number" ? { at } : at, work);
}

/**
 * Called inside a transaction just before it commits: once the caller has been answered 503
 * (the deadline passed while a statement hung), the write must not land after all, or a
 * client that was told "failed" would find it done, and a retry would do it twice.
 */
export function assertBeforeDeadline(): void {
  const deadline = deadlines.getStore();
  if (deadline && Date.now() >= deadline.at) throw new RequestDeadlineError("request deadline passed before commit");
}
