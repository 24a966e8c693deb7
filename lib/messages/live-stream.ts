import "server-only";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import type { Actor } from "@/lib/identity/actor";
import { listFamiliesFor } from "@/lib/families/queries";
import { followConversation, type ConversationFollower } from "./conversation-follower";
import { openEventStream } from "./event-stream";
import { subscribe } from "./live-hub";

/** What a change signal tells the browser: which family, and whether a message came or someone read. */
export type LiveChange = { familyId: string; kind: "message" | "read" };

/** Why the conversation a live stream carries ended while the stream goes on. */
export type ConversationEnd = { familyId: string; reason: "forbidden" };

type LiveStreamOptions = {
  actor: Actor;
  /** The client went away: everything stops. */
  signal: AbortSignal;
  /**
   * The conversation the page shows, carried on this same stream: its family (already checked
   * to be the caller's to see) and the position the client already has.
   */
  conversation?: { familyId: string; after: number };
  heartbeatMs?: number;
};

/**
 * One stream per signed-in user, for every family they may see: `event: change` with
 * `{ familyId, kind }` whenever a message arrives or someone reads in one of them (from the same
 * LISTEN/NOTIFY signals as the conversation stream), `event: resync` with `{}` when signals may have
 * been missed (the LISTEN connection came back, or a family joined the user's list) so the page
 * reloads what it shows, and `event: end` when the session is over. A browser allows six
 * connections per server, so a coach's caseload must not open one stream per family, nor the
 * Messages page a second stream for its conversation: with `conversation`, this stream also carries
 * that family's conversation exactly as its own stream does (`message` with its id, `readers`,
 * `resync` with `{ position }` and an id), and when the caller may no longer see the family it
 * sends `event: conversation-end` with `{ familyId, reason: "forbidden" }` and goes on without it.
 * The change signals carry no content: the page reads what changed through the ordinary,
 * access-checked routes. The family list is read again at every heartbeat.
 */
export async function liveStream({
  actor,
  signal,
  conversation,
  heartbeatMs,
}: LiveStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const out = openEventStream({ actor, label: "live stream", signal, heartbeatMs });
  if (out.isClosed()) return out.stream;
  const following = new Map<string, () => void>();
  out.onClose(() => {
    for (const stop of following.values()) stop();
    following.clear();
  });
  let carried: ConversationFollower | undefined = undefined;

  /**
   * Follows exactly the families the user may see now; true when one was added after the first
   * time (a family joined the caseload: the page has a row to show).
   */
  const follow = async (first: boolean): Promise<boolean> => {
    const wanted = new Set((await listFamiliesFor(actor)).map((family) => family.id));
    if (out.isClosed()) return false;
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
        onChange: (change) => out.send("change", { familyId, kind: change.kind } satisfies LiveChange),
        onResync: () => out.send("resync", {}),
      });
      if (out.isClosed()) {
        stop();
        return false;
      }
      following.set(familyId, stop);
      added = !first;
    }
    return added;
  };

  const onHeartbeat = async () => {
    try {
      if (await follow(false)) out.send("resync", {});
    } catch (error) {
      logUnlessDatabaseAway("live stream heartbeat", error);
    }
    await carried?.heartbeat();
  };

  try {
    await follow(true);
    // Whatever changed while the connection was down or being set up: the page reads it again.
    out.send("resync", {});
    if (conversation && !out.isClosed()) {
      const { familyId } = conversation;
      carried = await followConversation(out, {
        actor,
        familyId,
        after: conversation.after,
        // The rest of the stream goes on: the badges and the caseload still follow it.
        onForbidden: () => out.send("conversation-end", { familyId, reason: "forbidden" } satisfies ConversationEnd),
      });
    }
    await out.start(onHeartbeat);
  } catch (error) {
    out.close();
    throw error;
  }
  // Anything said in the conversation between the client's last message and the LISTEN being in place.
  void carried?.catchUp();
  return out.stream;
}
