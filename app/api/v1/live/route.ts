import { requireActor } from "@/lib/server/auth/current-user";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { liveStream } from "@/lib/messages/live-stream";
import { streamStart } from "@/lib/messages/queries";
import { liveQuery } from "@/lib/schemas/messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: one stream per signed-in user saying which of their families changed; with
 * ?conversation=, it also carries that family's conversation, resuming after Last-Event-ID or ?after=.
 */
export const GET = route(async (request) => {
  // A stream is not activity: it must not keep an idle session alive.
  const actor = await requireActor({ touch: false });
  const url = new URL(request.url);
  const conversation = url.searchParams.get("conversation") ?? undefined;
  const query = parseWith(liveQuery, {
    conversation,
    // A browser's reconnect names the last message it received; it counts only with a conversation.
    after:
      (conversation !== undefined && request.headers.get("last-event-id")) ||
      url.searchParams.get("after") ||
      undefined,
  });
  // A family the caller may not see is a 404, as on every family route (checked in the data layer).
  const carried = query.conversation
    ? { familyId: query.conversation, after: await streamStart(actor, query.conversation, query.after) }
    : undefined;
  const body = await liveStream({ actor, signal: request.signal, conversation: carried });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
