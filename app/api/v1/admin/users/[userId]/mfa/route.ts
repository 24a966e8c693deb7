import { resetSecondStep } from "@/lib/admin/security";
import { requireActor } from "@/lib/server/auth/current-user";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Removes every second step of a coach's or parent's account and ends their sessions. */
export const DELETE = route<{ userId: string }>(async (_request, { userId }) => {
  await resetSecondStep(await requireActor(), userId);
  return noContent();
});
