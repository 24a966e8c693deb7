import { requireActor } from "@/lib/server/auth/current-user";
import { resendInvite } from "@/lib/invites/manage";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** A fresh link and expiry for a pending invite; the old link stops working. */
export const POST = route<{ inviteId: string }>(async (_request, { inviteId }) => {
  const actor = await requireActor();
  return json(await resendInvite(actor, inviteId));
});
