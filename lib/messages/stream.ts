import "server-only";
import type { Actor } from "@/lib/identity/actor";
import { followConversation } from "./conversation-follower";
import { openEventStream } from "./event-stream";

export { CATCH_UP_MAX } from "./conversation-follower";

type StreamOptions = {
  actor: Actor;
  familyId: string;
  /** The position the client already has; only newer messages are sent. */
  after: number;
  /** The client went away: everything stops. */
  signal: AbortSignal;
  heartbeatMs?: number;
};

/**
 * One family's conversation as Server-Sent Events (GET /api/v1/families/{familyId}/messages/stream,
 * a public API; the app's pages carry the conversation on the user's one live stream instead).
 * The conversation's events are followConversation's; the stream ends with `event: end` and
 * `{ reason: "session" }` when the session is over (see openEventStream), or `{ reason: "forbidden" }`
 * when the caller may no longer see the family (found at the next heartbeat or change).
 */
export async function conversationStream({
  actor,
  familyId,
  after,
  signal,
  heartbeatMs,
}: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  const out = openEventStream({ actor, label: "message stream", signal, heartbeatMs });
  if (out.isClosed()) return out.stream;
  try {
    const conversation = await followConversation(out, {
      actor,
      familyId,
      after,
      onForbidden: () => out.close("forbidden"),
    });
    await out.start(() => conversation.heartbeat());
    // Anything sent between the client's last message and the LISTEN being in place.
    void conversation.catchUp();
  } catch (error) {
    out.close();
    throw error;
  }
  return out.stream;
}
