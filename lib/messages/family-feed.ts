import "server-only";
import { getDatabaseHandle, getDb, type DatabaseHandle } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { MessageDto, ReaderDto } from "./dto";
import { subscribe } from "./live-hub";
import { allowedWatchers, feedAfter, readersOf } from "./queries";
import { processSingleton } from "@/lib/core/singleton";

/** One open stream as the feed sees it. `position` is what the stream has already sent. */
export type FeedMember = {
  actor: Pick<Actor, "id" | "role">;
  position: number;
  onMessages: (messages: MessageDto[]) => void;
  onReaders: (readers: ReaderDto[]) => void;
  /** The user may no longer see the family. */
  onForbidden: () => void;
};

type Feed = {
  members: Set<FeedMember>;
  leaveHub?: () => void;
  ready: Promise<void>;
  running: boolean;
  again: boolean;
  readersWanted: boolean;
};

const PAGE = 200;
// Per database handle (tests switch databases), one map per process like the hub.
const feedsByDatabase = () => processSingleton("family-feeds", () => new WeakMap<DatabaseHandle, Map<string, Feed>>());

/**
 * Fans a family's new messages out to all of its open streams in this process with one read per
 * change, however many streams are open: the read also re-checks, for every watching user, that
 * they may still see the family. (One read per stream per message made a busy conversation's
 * cost grow with the number of people watching it.)
 */
async function pull(familyId: string, feed: Feed): Promise<void> {
  if (feed.running) {
    feed.again = true;
    return;
  }
  feed.running = true;
  try {
    do {
      feed.again = false;
      for (;;) {
        const members = [...feed.members];
        if (members.length === 0) return;
        const from = Math.min(...members.map((member) => member.position));
        const { messages, allowed } = await feedAfter(
          familyId,
          from,
          [...new Set(members.map((member) => member.actor.id))],
          PAGE,
        );
        for (const member of members) {
          if (!feed.members.has(member)) continue;
          if (!allowed.has(member.actor.id)) {
            member.onForbidden();
            continue;
          }
          const fresh = messages.filter((message) => message.position > member.position);
          if (fresh.length > 0) member.onMessages(fresh);
        }
        if (messages.length < PAGE) break;
      }
      if (feed.readersWanted) {
        feed.readersWanted = false;
        const db = await getDb();
        const [readers, allowed] = await Promise.all([
          readersOf(db, familyId),
          allowedWatchers(db, familyId, [...new Set([...feed.members].map((member) => member.actor.id))]),
        ]);
        for (const member of feed.members) if (allowed.has(member.actor.id)) member.onReaders(readers);
      }
    } while (feed.again);
  } catch (error) {
    // The database is away for a moment: the next signal or a stream's heartbeat catches up.
    logUnlessDatabaseAway("message feed", error);
  } finally {
    feed.running = false;
  }
}

/** Adds a stream to its family's feed; resolves once LISTEN is in place. Returns the leave function. */
export async function joinFamilyFeed(familyId: string, member: FeedMember): Promise<() => void> {
  const handle = await getDatabaseHandle();
  let feeds = feedsByDatabase().get(handle);
  if (!feeds) feedsByDatabase().set(handle, (feeds = new Map()));
  let feed = feeds.get(familyId);
  if (!feed) {
    const created: Feed = {
      members: new Set(),
      running: false,
      again: false,
      readersWanted: false,
      ready: Promise.resolve(),
    };
    const byFamily = feeds;
    created.ready = subscribe({
      familyId,
      onChange: (signal) => {
        if (signal.kind === "read") created.readersWanted = true;
        void pull(familyId, created);
      },
      onResync: () => {
        created.readersWanted = true;
        void pull(familyId, created);
      },
    }).then(
      (leave) => {
        created.leaveHub = leave;
        // Everyone left while LISTEN was being set up.
        if (byFamily.get(familyId) !== created) leave();
      },
      (error: unknown) => {
        if (byFamily.get(familyId) === created) byFamily.delete(familyId);
        throw error;
      },
    );
    feeds.set(familyId, created);
    feed = created;
  }
  // Every stream waits for LISTEN to be in place, so its own first read leaves no gap.
  await feed.ready;
  const joined = feed;
  const byFamily = feeds;
  joined.members.add(member);
  return () => {
    joined.members.delete(member);
    if (joined.members.size === 0 && byFamily.get(familyId) === joined) {
      byFamily.delete(familyId);
      joined.leaveHub?.();
    }
  };
}
