import { setAccountDisabled } from "@/lib/admin/users";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Disables the account; its sessions end with this request. */
export const POST = route<{ userId: string }>(async (_request, { userId }) => {
  const actor = await requireActor();
  return json({ user: await setAccountDisabled(actor, userId, true) });
});
