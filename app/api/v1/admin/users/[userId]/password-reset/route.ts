import { sendPasswordResetLink } from "@/lib/admin/security";
import { requireActor } from "@/lib/server/auth/current-user";
import { accepted } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Emails a coach or parent a link to choose a new password (202: it leaves right after). */
export const POST = route<{ userId: string }>(async (_request, { userId }) => {
  await sendPasswordResetLink(await requireActor(), userId);
  return accepted();
});
