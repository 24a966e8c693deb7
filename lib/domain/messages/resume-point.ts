/**
 * Where a reopened message stream resumes: the newest message the client has from the server's
 * own order (a page or the stream), never one it learned of from its own send. A sent message can
 * be newer than a message from someone else that the client has not received yet; resuming after
 * it would skip that message for good (and mark it read).
 */
export type ResumePoint = { id: string; position: number };

/** The later of the two points; the resume point only moves forward. */
export function laterResumePoint(
  current: ResumePoint | undefined,
  candidate: ResumePoint | undefined,
): ResumePoint | undefined {
  if (!candidate) return current;
  if (!current || candidate.position > current.position) return candidate;
  return current;
}

/** The resume point a page of messages (newest first) offers: only the newest page counts. */
export function resumePointOfNewestPage(messages: readonly ResumePoint[]): ResumePoint | undefined {
  const newest = messages.reduce<ResumePoint | undefined>(
    (best, message) => laterResumePoint(best, message),
    undefined,
  );
  return newest ? { id: newest.id, position: newest.position } : undefined;
}
