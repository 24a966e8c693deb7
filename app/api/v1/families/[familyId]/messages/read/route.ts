import { requireActor } from "@/lib/auth/current-user";
import { isBackgroundRequest } from "@/lib/http/background";
import { readJson } from "@/lib/http/body";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { markRead } from "@/lib/messages/reads";
import { markReadSchema } from "@/lib/schemas/messages";

export const POST = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  const { upTo } = await readJson(request, markReadSchema);
  return json(await markRead(actor, familyId, upTo));
});
