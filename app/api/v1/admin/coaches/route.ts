import { createCoach, listCoaches } from "@/lib/admin/coaches";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { createCoachSchema } from "@/lib/schemas/admin";

export const GET = route(async () => {
  const actor = await requireActor();
  return json({ coaches: await listCoaches(actor) });
});

export const POST = route(async (request) => {
  const actor = await requireActor();
  const input = await readJson(request, createCoachSchema);
  return json({ coach: await createCoach(actor, input) }, 201);
});
