import { requireActor } from "@/lib/server/auth/current-user";
import { revokeInvite } from "@/lib/invites/manage";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Revokes the invite: its link answers 410 from now on. */
export const DELETE = route<{ inviteId: string }>(async (_request, { inviteId }) => {
  const actor = await requireActor();
  await revokeInvite(actor, inviteId);
  return noContent();
});
