import type { FamilyRequest } from "./request-types";

type Listed = Pick<FamilyRequest, "status" | "overdue" | "dueOn" | "askedOn">;

/**
 * Overdue first (longest overdue at the top), then open (soonest due first), then the closed ones
 * (newest first): what needs a call today comes before what is only waiting.
 */
export function byUrgency<R extends Listed>(requests: R[]) {
  const overdue = requests.filter((r) => r.status === "open" && r.overdue).sort((a, b) => cmp(a.dueOn, b.dueOn));
  const open = requests.filter((r) => r.status === "open" && !r.overdue).sort((a, b) => cmp(a.dueOn, b.dueOn));
  const closed = requests.filter((r) => r.status !== "open").sort((a, b) => cmp(b.askedOn, a.askedOn));
  return { overdue, open, closed };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
