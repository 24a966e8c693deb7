import { requireActor } from "@/lib/server/auth/current-user";
import { dismissSuggestion } from "@/lib/invites/suggestions";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** A parent of the family declines the suggestion, or the coach who made it withdraws it. */
export const DELETE = route<{ suggestionId: string }>(async (_request, { suggestionId }) => {
  const actor = await requireActor();
  await dismissSuggestion(actor, suggestionId);
  return noContent();
});
