import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import { isDatabaseUnavailable } from "@/lib/http/database-errors";
import { AppError } from "@/lib/http/errors";
import { describeError } from "@/lib/http/route";
import { subscribe } from "./live-hub";
import { listReaders, messagesAfter } from "./queries";

export const HEARTBEAT_MS = 15_000;

type StreamOptions = {
  actor: Actor;
  familyId: string;
  /** The position the client already has; only newer messages are sent. */
  after: number;
  /** The client went away: everything stops. */
  signal: AbortSignal;
  heartbeatMs?: number;
};

const encoder = new TextEncoder();

/**
 * A conversation as Server-Sent Events. Every signal from LISTEN/NOTIFY (and every heartbeat,
 * and every reconnect of the LISTEN connection) makes the stream read what is after its last
 * position from the database, with the caller's own authorization: a lost notification delays a
 * message by one heartbeat at most, never loses it, and nothing is sent twice. The session is
 * checked at each heartbeat without touching it, so a stream alone never keeps a session alive,
 * and ends when the session expires or is revoked, or the caller leaves the family.
 */
export async function conversationStream({ actor, familyId, after, signal, heartbeatMs = HEARTBEAT_MS }: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  let position = after;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let running = false;
  let again = false;
  let readersWanted = false;
  let unsubscribe: () => void = () => {};
  let heartbeat: NodeJS.Timeout | undefined = undefined;

  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };

  const close = (reason?: string) => {
    if (closed) return;
    if (reason) {
      write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    }
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    signal.removeEventListener("abort", onAbort);
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  const onAbort = () => close();

  /** Sends what is new, one pass at a time; signals during a pass ask for another pass. */
  const catchUp = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        for (;;) {
          const batch = await messagesAfter(actor, familyId, position);
          for (const message of batch) {
            if (closed) return;
            write(`id: ${message.id}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
            position = message.position;
          }
          if (batch.length < 200) break;
        }
        if (readersWanted && !closed) {
          readersWanted = false;
          write(`event: readers\ndata: ${JSON.stringify(await listReaders(actor, familyId))}\n\n`);
        }
      } while (again && !closed);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return close("forbidden");
      // The database is away for a moment: the next signal or heartbeat tries again.
      if (!isDatabaseUnavailable(error)) console.error(`[clarity] message stream failed: ${describeError(error)}`);
    } finally {
      running = false;
    }
  };

  const checkSession = async () => {
    try {
      const current = await resolveSession(actor.sessionId, { touch: false });
      if (!current) return close("session");
    } catch (error) {
      if (!isDatabaseUnavailable(error)) console.error(`[clarity] message stream session check failed: ${describeError(error)}`);
      return;
    }
    write(`: heartbeat\n\n`);
    await catchUp();
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
  unsubscribe = await subscribe({
    familyId,
    onChange: (change) => {
      if (change.kind === "read") readersWanted = true;
      void catchUp();
    },
    onResync: () => {
      readersWanted = true;
      void catchUp();
    },
  });
  if (closed) unsubscribe();
  // Browsers reconnect after this many milliseconds when the connection drops.
  write("retry: 2000\n\n");
  heartbeat = setInterval(() => void checkSession(), heartbeatMs);
  // Anything sent between the client's last message and the LISTEN being in place.
  void catchUp();
  return stream;
}
