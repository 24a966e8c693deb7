/** How long a family's record waits after a parent asks for its deletion, restorable meanwhile. */
export const DELETION_GRACE_DAYS = 14;

const DAY_MS = 86_400_000;

/** When the record of a family whose deletion was asked for at `requestedAt` is removed. */
export function deletionDueAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + DELETION_GRACE_DAYS * DAY_MS);
}

/** Still restorable: asked for, and the grace period not over at `now`. */
export function inGracePeriod(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() < dueAt.getTime();
}
