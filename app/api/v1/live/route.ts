import { requireActor } from "@/lib/server/auth/current-user";
import { route } from "@/lib/server/http/route";
import { liveStream } from "@/lib/messages/live-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Server-Sent Events: one stream per signed-in user saying which of their families changed. */
export const GET = route(async (request) => {
  // A stream is not activity: it must not keep an idle session alive.
  const actor = await requireActor({ touch: false });
  const body = await liveStream({ actor, signal: request.signal });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
