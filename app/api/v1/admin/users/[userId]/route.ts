import { deleteUser } from "@/lib/admin/users";
import { requireActor } from "@/lib/server/auth/current-user";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Deletes the account: signed out at once, personal data erased, id kept for the audit trail. */
export const DELETE = route<{ userId: string }>(async (_request, { userId }) => {
  const actor = await requireActor();
  await deleteUser(actor, userId);
  return noContent();
});
