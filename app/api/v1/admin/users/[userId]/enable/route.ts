import { setAccountDisabled } from "@/lib/admin/users";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Lets a disabled account sign in again (its old sessions stay ended). */
export const POST = route<{ userId: string }>(async (_request, { userId }) => {
  const actor = await requireActor();
  return json({ user: await setAccountDisabled(actor, userId, false) });
});
