import { requireActor } from "@/lib/server/auth/current-user";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { streamStart } from "@/lib/messages/queries";
import { conversationStream } from "@/lib/messages/stream";
import { streamQuery } from "@/lib/schemas/messages";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Server-Sent Events: each new message as JSON. Resumes after Last-Event-ID or ?after=. */
export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  // A stream is not activity: it must not keep an idle session alive.
  const actor = await requireActor({ touch: false });
  const { after } = parseWith(streamQuery, {
    after: request.headers.get("last-event-id") || new URL(request.url).searchParams.get("after") || undefined,
  });
  const start = await streamStart(actor, familyId, after);
  const body = await conversationStream({ actor, familyId, after: start, signal: request.signal });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
