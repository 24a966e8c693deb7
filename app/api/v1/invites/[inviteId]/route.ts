import { requireActor } from "@/lib/auth/current-user";
import { revokeInvite } from "@/lib/invites/manage";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Revokes the invite: its link answers 410 from now on. */
export const DELETE = route<{ inviteId: string }>(async (_request, { inviteId }) => {
  const actor = await requireActor();
  await revokeInvite(actor, inviteId);
  return noContent();
});
