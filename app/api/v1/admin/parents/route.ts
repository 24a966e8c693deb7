import { listParents } from "@/lib/admin/parents";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Parent accounts (name, email, how many families), for an admin managing accounts. */
export const GET = route(async () => {
  const actor = await requireActor();
  return json({ parents: await listParents(actor) });
});
