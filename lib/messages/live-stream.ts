import "server-only";
import { sessionExpiry } from "./session-expiry";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { Actor } from "@/lib/identity/actor";
import { listFamiliesFor } from "@/lib/families/queries";
import { subscribe, watchSessions } from "./live-hub";

const HEARTBEAT_MS = 15_000;
// setTimeout's longest delay; a session that ends later is checked again then.

/** What a change signal tells the browser: which family, and whether a message came or someone read. */
export type LiveChange = { familyId: string; kind: "message" | "read" };

type LiveStreamOptions = {
  actor: Actor;
  /** The client went away: everything stops. */
  signal: AbortSignal;
  heartbeatMs?: number;
};

const encoder = new TextEncoder();

/**
 * One stream per signed-in user, for every family they may see: `event: change` with
 * `{ familyId, kind }` whenever a message arrives or someone reads in one of them (from the same
 * LISTEN/NOTIFY signals as the conversation stream), `event: resync` when signals may have been
 * missed (the LISTEN connection came back, or a family joined the user's list) so the page reloads
 * what it shows, and `event: end` when the session is over. It carries no content: the page reads
 * what changed through the ordinary, access-checked routes. A browser allows six connections per
 * server, so a coach's caseload must not open one stream per family; one per user is enough.
 * The family list is read again at every heartbeat; the session is checked without touching it,
 * at its deadline, at once on a revocation, and at every heartbeat.
 */
export async function liveStream({
  actor,
  signal,
  heartbeatMs = HEARTBEAT_MS,
}: LiveStreamOptions): Promise<ReadableStream<Uint8Array>> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const following = new Map<string, () => void>();
  let stopWatchingSessions: () => void = () => {};
  let heartbeat: NodeJS.Timeout | undefined = undefined;

  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const send = (event: "change" | "resync", data: LiveChange | Record<string, never>) =>
    write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const close = (reason?: "session") => {
    if (closed) return;
    if (reason) write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    closed = true;
    clearInterval(heartbeat);
    session.stop();
    for (const stop of following.values()) stop();
    following.clear();
    stopWatchingSessions();
    signal.removeEventListener("abort", onAbort);
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  const session = sessionExpiry(actor.sessionId, "live stream", {
    isClosed: () => closed,
    end: () => close("session"),
  });
  const onAbort = () => close();

  /**
   * Follows exactly the families the user may see now; true when one was added after the first
   * time (a family joined the caseload: the page has a row to show).
   */
  const follow = async (first: boolean): Promise<boolean> => {
    const wanted = new Set((await listFamiliesFor(actor)).map((family) => family.id));
    if (closed) return false;
    for (const [familyId, stop] of following) {
      if (wanted.has(familyId)) continue;
      stop();
      following.delete(familyId);
    }
    let added = false;
    for (const familyId of wanted) {
      if (following.has(familyId)) continue;
      const stop = await subscribe({
        familyId,
        onChange: (change) => send("change", { familyId, kind: change.kind }),
        onResync: () => send("resync", {}),
      });
      if (closed) {
        stop();
        return false;
      }
      following.set(familyId, stop);
      added = !first;
    }
    return added;
  };

  const onHeartbeat = async () => {
    // The heartbeat goes out even while the database is away, so the connection stays open.
    write(`: heartbeat\n\n`);
    try {
      if (!(await session.stillCounts())) return;
      if (await follow(false)) send("resync", {});
    } catch (error) {
      logUnlessDatabaseAway("live stream heartbeat", error);
    }
  };

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      close();
    },
  });

  if (signal.aborted) {
    close();
    return stream;
  }
  signal.addEventListener("abort", onAbort);
  // Browsers reconnect after this many milliseconds when the connection drops.
  write("retry: 2000\n\n");
  try {
    await follow(true);
    if (closed) return stream;
    const stopWatching = await watchSessions(actor.id, () => void session.checkQuietly());
    if (closed) {
      stopWatching();
      return stream;
    }
    stopWatchingSessions = stopWatching;
  } catch (error) {
    close();
    throw error;
  }
  heartbeat = setInterval(() => void onHeartbeat(), heartbeatMs);
  void session.checkQuietly();
  // Whatever changed while the connection was down or being set up: the page reads it again.
  send("resync", {});
  return stream;
}
