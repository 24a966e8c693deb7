import { listParents } from "@/lib/admin/parents";
import { requireActor } from "@/lib/auth/current-user";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Parent accounts (name, email, how many families), for an admin managing accounts. */
export const GET = route(async () => {
  const actor = await requireActor();
  return json({ parents: await listParents(actor) });
});
