import { requireActor } from "@/lib/server/auth/current-user";
import { isBackgroundRequest } from "@/lib/server/http/background";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { markRead } from "@/lib/messages/reads";
import { markReadSchema } from "@/lib/schemas/messages";

export const POST = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  const { upTo } = await readJson(request, markReadSchema);
  return json(await markRead(actor, familyId, upTo));
});
