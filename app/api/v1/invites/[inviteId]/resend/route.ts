import { requireActor } from "@/lib/auth/current-user";
import { resendInvite } from "@/lib/invites/manage";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** A fresh link and expiry for a pending invite; the old link stops working. */
export const POST = route<{ inviteId: string }>(async (_request, { inviteId }) => {
  const actor = await requireActor();
  return json(await resendInvite(actor, inviteId));
});
