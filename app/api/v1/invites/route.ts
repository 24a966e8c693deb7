import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { createInvite } from "@/lib/invites/create";
import { listPendingInvites } from "@/lib/invites/manage";
import { createInviteSchema } from "@/lib/schemas/accounts";

export const POST = route(async (request) => {
  const actor = await requireActor();
  const input = await readJson(request, createInviteSchema);
  return json(await createInvite(actor, input), 201);
});

/** The caller's invites not yet used or revoked (an admin's: everyone's), with their expiry. */
export const GET = route(async () => {
  const actor = await requireActor();
  return json({ invites: await listPendingInvites(actor) });
});
