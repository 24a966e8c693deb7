import "server-only";
import type { Actor } from "@/lib/identity/actor";
import { AppError } from "@/lib/core/errors";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { MessageDto } from "./dto";
import type { EventStream } from "./event-stream";
import { joinFamilyFeed, type FeedMember } from "./family-feed";
import { assertConversationAccess, messagesAfter, newestMessage } from "./queries";

/**
 * A stream replays at most this many missed messages. Further behind, it sends `resync` (its id
 * is the newest message, so a reconnect resumes there) and the client reloads its pages instead:
 * a long-closed tab must not pull the whole history through one response.
 */
export const CATCH_UP_MAX = 500;

/** A conversation carried on an event stream: see followConversation. */
export type ConversationFollower = {
  /** At every heartbeat: checks that the caller may still see the family, then catches up. */
  heartbeat(): Promise<void>;
  /** Reads what is after the position itself (anything the feed's signal may have missed). */
  catchUp(): Promise<void>;
};

/**
 * Writes one family's conversation onto an event stream: `event: message` (its `id:` the message's),
 * `event: readers`, and `event: resync` with `{ position }` when more than CATCH_UP_MAX messages were
 * missed. New messages come from the family's feed (one database read per LISTEN/NOTIFY signal for
 * all streams of the family, with each watcher's access checked in that read); at start and at
 * every heartbeat the follower also reads what is after its position itself, so a lost notification
 * delays a message by one heartbeat at most, never loses it, and nothing is sent twice (everything
 * is filtered by position). When the caller may no longer see the family, the follower stops and
 * calls `onForbidden` once: the stream decides whether that ends it or only the conversation.
 * Resolves once the feed's LISTEN is in place and what was missed is sent.
 */
export async function followConversation(
  out: EventStream,
  {
    actor,
    familyId,
    after,
    onForbidden,
  }: {
    actor: Pick<Actor, "id" | "role">;
    familyId: string;
    /** The position the client already has; only newer messages are sent. */
    after: number;
    onForbidden: () => void;
  },
): Promise<ConversationFollower> {
  let stopped = false;
  let running = false;
  let again = false;
  let leaveFeed: () => void = () => {};

  const gone = () => stopped || out.isClosed();
  const forbidden = () => {
    if (gone()) return;
    stopped = true;
    leaveFeed();
    onForbidden();
  };

  const member: FeedMember = {
    actor,
    position: after,
    onMessages: (messages) => send(messages),
    onReaders: (readers) => {
      if (!gone()) out.send("readers", readers);
    },
    onForbidden: forbidden,
  };

  /** Writes the messages the client does not have yet, in order; the position only moves forward. */
  const send = (messages: MessageDto[]) => {
    for (const message of messages) {
      if (gone()) return;
      if (message.position <= member.position) continue;
      out.send("message", message, message.id);
      member.position = message.position;
    }
  };

  /** Too far behind: the client reloads its pages, and the stream goes on from the newest message. */
  const resync = async () => {
    const newest = await newestMessage(actor, familyId);
    if (gone() || !newest || newest.position <= member.position) return;
    member.position = newest.position;
    out.send("resync", { position: newest.position }, newest.id);
  };

  /** One pass at a time; a call during a pass makes it go round again. */
  const catchUp = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (gone() || !out.hasRoom()) break;
        const batch = await messagesAfter(actor, familyId, member.position, CATCH_UP_MAX + 1);
        if (batch.length > CATCH_UP_MAX) await resync();
        else send(batch);
      } while (again && !gone());
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return forbidden();
      // The database is away for a moment: the next signal or heartbeat tries again.
      logUnlessDatabaseAway("message stream", error);
    } finally {
      running = false;
    }
  };

  const heartbeat = async () => {
    if (gone()) return;
    try {
      await assertConversationAccess(actor, familyId);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return forbidden();
      logUnlessDatabaseAway("message stream session check", error);
      return;
    }
    await catchUp();
  };

  // Far behind: jump to the newest message before joining the feed, which would otherwise
  // replay everything after this stream's position at the first change.
  const missed = await messagesAfter(actor, familyId, member.position, CATCH_UP_MAX + 1);
  if (missed.length > CATCH_UP_MAX) await resync();
  else send(missed);
  const joined = await joinFamilyFeed(familyId, member);
  // Left on a refusal and again when the stream closes: once is what counts.
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    joined();
  };
  if (gone()) {
    // The client left (or the family went) while the feed was being joined: nothing may keep running for it.
    leave();
  } else {
    leaveFeed = leave;
    out.onClose(leave);
  }
  return { heartbeat, catchUp };
}
