import { endSession } from "@/lib/accounts/security-log";
import { requireActor } from "@/lib/server/auth/current-user";
import { signedOutHeaders } from "@/lib/server/auth/cookies";
import { clientOf } from "@/lib/server/http/request-client";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Ends one of the caller's sessions (404 for anyone else's); ending this one signs this browser out. */
export const DELETE = route<{ sessionId: string }>(async (request, { sessionId }) => {
  const actor = await requireActor();
  const own = await endSession(actor, sessionId, clientOf(request));
  return noContent(own ? signedOutHeaders() : {});
});
