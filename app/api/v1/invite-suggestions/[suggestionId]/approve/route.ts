import { requireActor } from "@/lib/server/auth/current-user";
import { approveSuggestion } from "@/lib/invites/suggestions";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** A parent of the family approves the coach's suggestion: 201 with the link, made in their name. */
export const POST = route<{ suggestionId: string }>(async (_request, { suggestionId }) => {
  const actor = await requireActor();
  return json(await approveSuggestion(actor, suggestionId), 201);
});
