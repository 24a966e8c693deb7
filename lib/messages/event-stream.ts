import "server-only";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { Actor } from "@/lib/identity/actor";
import { watchSessions } from "./live-hub";
import { sessionExpiry } from "./session-expiry";

export const HEARTBEAT_MS = 15_000;
// Chunks the response may hold unread; beyond it a catch-up waits for the next heartbeat.
const QUEUE_CHUNKS = 256;

const encoder = new TextEncoder();

/** Why a whole stream ends: its session is over, or (the conversation stream) its family is out of reach. */
export type EndReason = "session" | "forbidden";

/** What a stream built on this module writes and how it ends; see openEventStream. */
export type EventStream = {
  readonly stream: ReadableStream<Uint8Array>;
  isClosed(): boolean;
  /** One event; `id` is what a reconnecting browser sends back as Last-Event-ID. */
  send(event: string, data: unknown, id?: string): void;
  /** Whether the client is reading what was sent (a slow reader is caught up at a later heartbeat). */
  hasRoom(): boolean;
  /** Ends the stream, with `event: end` when a reason is given. */
  close(reason?: EndReason): void;
  /** Runs when the stream closes (at once if it already has): leaving feeds and hubs. */
  onClose(cleanup: () => void): void;
  /**
   * Once the stream's own setup is done: watches the user's sessions (a revocation from any app
   * server ends the stream at once), sets the timer for the session's end, and starts the
   * heartbeat, which checks the session and then calls `onHeartbeat`.
   */
  start(onHeartbeat: () => Promise<void>): Promise<void>;
};

/**
 * The plumbing both event streams share (the conversation stream and the user's live stream):
 * the response body, the retry hint, the heartbeat comment that keeps proxies from closing an idle
 * connection, and the session's end. The session is checked without touching it, so a stream alone
 * never keeps a session alive: the stream ends the moment the session expires (a timer set for its
 * idle or absolute end), at once when it is revoked, and at least at every heartbeat.
 */
export function openEventStream({
  actor,
  label,
  signal,
  heartbeatMs = HEARTBEAT_MS,
}: {
  actor: Pick<Actor, "id" | "sessionId">;
  /** Names the stream in logs (never anything of the request). */
  label: string;
  /** The client went away: everything stops. */
  signal: AbortSignal;
  heartbeatMs?: number;
}): EventStream {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined = undefined;
  const cleanups: (() => void)[] = [];

  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };

  const close = (reason?: EndReason) => {
    if (closed) return;
    if (reason) write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    closed = true;
    clearInterval(heartbeat);
    session.stop();
    for (const cleanup of cleanups.splice(0)) cleanup();
    signal.removeEventListener("abort", onAbort);
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  const session = sessionExpiry(actor.sessionId, label, { isClosed: () => closed, end: () => close("session") });
  const onAbort = () => close();

  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      cancel() {
        close();
      },
    },
    new CountQueuingStrategy({ highWaterMark: QUEUE_CHUNKS }),
  );

  if (signal.aborted) close();
  else {
    signal.addEventListener("abort", onAbort);
    // Browsers reconnect after this many milliseconds when the connection drops.
    write("retry: 2000\n\n");
  }

  const onClose = (cleanup: () => void) => {
    if (closed) cleanup();
    else cleanups.push(cleanup);
  };

  return {
    stream,
    isClosed: () => closed,
    send: (event, data, id) => write(`${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    hasRoom: () => (controller.desiredSize ?? 1) > 0,
    close,
    onClose,
    async start(onHeartbeat) {
      if (closed) return;
      onClose(await watchSessions(actor.id, () => void session.checkQuietly()));
      if (closed) return;
      heartbeat = setInterval(async () => {
        // The heartbeat goes out even while the database is away, so the connection stays open.
        write(`: heartbeat\n\n`);
        try {
          if (!(await session.stillCounts())) return;
        } catch (error) {
          logUnlessDatabaseAway(`${label} session check`, error);
          return;
        }
        await onHeartbeat();
      }, heartbeatMs);
      // Sets the timer for the session's end (and ends the stream if it ended meanwhile).
      void session.checkQuietly();
    },
  };
}
