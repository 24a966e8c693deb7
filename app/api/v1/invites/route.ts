import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { inviteOrSuggest } from "@/lib/invites/create";
import { listPendingInvites } from "@/lib/invites/manage";
import { listPendingSuggestions } from "@/lib/invites/suggestions";
import { createInviteSchema } from "@/lib/schemas/accounts";

/** 201 with a link; from a family's coach, 202 with a suggestion its parents approve or decline. */
export const POST = route(async (request) => {
  const actor = await requireActor();
  const outcome = await inviteOrSuggest(actor, await readJson(request, createInviteSchema));
  return "link" in outcome ? json(outcome.link, 201) : json({ suggestion: outcome.suggestion }, 202);
});

/** What the caller may act on: pending links with their expiry, and suggestions waiting for a family. */
export const GET = route(async () => {
  const actor = await requireActor();
  const [invites, suggestions] = await Promise.all([listPendingInvites(actor), listPendingSuggestions(actor)]);
  return json({ invites, suggestions });
});
