import "server-only";
import { sessionExpiry } from "./session-expiry";
import type { Actor } from "@/lib/identity/actor";
import { AppError } from "@/lib/core/errors";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { MessageDto } from "./dto";
import { joinFamilyFeed, type FeedMember } from "./family-feed";
import { watchSessions } from "./live-hub";
import { assertConversationAccess, messagesAfter, newestMessage } from "./queries";

const HEARTBEAT_MS = 15_000;
/**
 * A stream replays at most this many missed messages. Further behind, it sends `resync` (its id
 * is the newest message, so a reconnect resumes there) and the client reloads its pages instead:
 * a long-closed tab must not pull the whole history through one response.
 */
export const CATCH_UP_MAX = 500;
// Chunks the response may hold unread; beyond it a catch-up waits for the next heartbeat.
const QUEUE_CHUNKS = 256;
// setTimeout's longest delay; a session that ends later is checked again then.

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
 * A conversation as Server-Sent Events. New messages come from the family's feed (one database
 * read per LISTEN/NOTIFY signal for all streams of the family, with each watcher's access checked
 * in that read); at start and at every heartbeat the stream also reads what is after its last
 * position itself, so a lost notification delays a message by one heartbeat at most, never loses
 * it, and nothing is sent twice (everything is filtered by position). The session is checked
 * without touching it, so a stream alone never keeps a session alive: the stream ends the moment
 * the session expires (a timer set for its idle or absolute end), at once when it is revoked (the
 * revocation comes over the same LISTEN/NOTIFY channel as the messages, from any app server), and
 * at the next heartbeat when the caller leaves the family.
 * A client more than CATCH_UP_MAX messages behind gets `resync` instead of the messages.
 */
export async function conversationStream({
  actor,
  familyId,
  after,
  signal,
  heartbeatMs = HEARTBEAT_MS,
}: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  const member: FeedMember = {
    actor,
    position: after,
    onMessages: (messages) => send(messages),
    onReaders: (readers) => write(`event: readers\ndata: ${JSON.stringify(readers)}\n\n`),
    onForbidden: () => close("forbidden"),
  };
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let running = false;
  let again = false;
  let unsubscribe: () => void = () => {};
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

  /** Writes the messages the client does not have yet, in order; the position only moves forward. */
  const send = (messages: MessageDto[]) => {
    for (const message of messages) {
      if (closed) return;
      if (message.position <= member.position) continue;
      write(`id: ${message.id}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
      member.position = message.position;
    }
  };

  const close = (reason?: string) => {
    if (closed) return;
    if (reason) {
      write(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    }
    closed = true;
    clearInterval(heartbeat);
    session.stop();
    unsubscribe();
    stopWatchingSessions();
    signal.removeEventListener("abort", onAbort);
    try {
      controller.close();
    } catch {
      // already closed by the client
    }
  };
  const session = sessionExpiry(actor.sessionId, "message stream", {
    isClosed: () => closed,
    end: () => close("session"),
  });
  const onAbort = () => close();

  /** Too far behind: the client reloads its pages, and the stream goes on from the newest message. */
  const resync = async () => {
    const newest = await newestMessage(actor, familyId);
    if (closed || !newest || newest.position <= member.position) return;
    member.position = newest.position;
    write(`id: ${newest.id}\nevent: resync\ndata: ${JSON.stringify({ position: newest.position })}\n\n`);
  };

  /** Whether the client is reading what was sent (a slow reader is caught up at a later heartbeat). */
  const hasRoom = () => (controller.desiredSize ?? 1) > 0;

  /** Reads what is after the stream's position itself, one pass at a time. */
  const catchUp = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (!hasRoom()) break;
        const batch = await messagesAfter(actor, familyId, member.position, CATCH_UP_MAX + 1);
        if (batch.length > CATCH_UP_MAX) await resync();
        else send(batch);
      } while (again && !closed);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return close("forbidden");
      // The database is away for a moment: the next signal or heartbeat tries again.
      logUnlessDatabaseAway("message stream", error);
    } finally {
      running = false;
    }
  };

  const checkSession = async () => {
    // The heartbeat goes out even while the database is away, so the connection stays open.
    write(`: heartbeat\n\n`);
    try {
      if (!(await session.stillCounts())) return;
      await assertConversationAccess(actor, familyId);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return close("forbidden");
      logUnlessDatabaseAway("message stream session check", error);
      return;
    }
    await catchUp();
  };

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

  if (signal.aborted) {
    close();
    return stream;
  }
  signal.addEventListener("abort", onAbort);
  // Browsers reconnect after this many milliseconds when the connection drops.
  write("retry: 2000\n\n");
  try {
    // Far behind: jump to the newest message before joining the feed, which would otherwise
    // replay everything after this stream's position at the first change.
    const missed = await messagesAfter(actor, familyId, member.position, CATCH_UP_MAX + 1);
    if (missed.length > CATCH_UP_MAX) await resync();
    else send(missed);
    const leave = await joinFamilyFeed(familyId, member);
    if (closed) {
      // The client left while the feed was being joined: nothing may keep running for it.
      leave();
      return stream;
    }
    unsubscribe = leave;
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
  heartbeat = setInterval(() => void checkSession(), heartbeatMs);
  // Sets the timer for the session's end (and ends the stream if it ended meanwhile).
  void session.checkQuietly();
  // Anything sent between the client's last message and the LISTEN being in place.
  void catchUp();
  return stream;
}
