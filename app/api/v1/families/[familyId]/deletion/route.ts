import { requireActor } from "@/lib/server/auth/current-user";
import { getDeletionState, restoreFamily, scheduleFamilyDeletion } from "@/lib/families/deletion";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

type Params = { familyId: string };

/** Whether the record is scheduled for deletion (and when), and what deleting it removes. */
export const GET = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ deletion: await getDeletionState(actor, familyId) });
});

/** A parent schedules the record's deletion: 14 days of grace, then the purge removes it. */
export const POST = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ deletion: await scheduleFamilyDeletion(actor, familyId) }, 201);
});

/** A parent or the coach restores the record during the grace period. */
export const DELETE = route<Params>(async (_request, { familyId }) => {
  const actor = await requireActor();
  return json({ deletion: await restoreFamily(actor, familyId) });
});
