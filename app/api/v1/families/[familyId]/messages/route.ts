import { requireActor } from "@/lib/server/auth/current-user";
import { isBackgroundRequest } from "@/lib/server/http/background";
import { readJson } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { parseWith } from "@/lib/core/validation";
import { route } from "@/lib/server/http/route";
import { listMessages } from "@/lib/messages/queries";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { listMessagesQuery } from "@/lib/schemas/messages";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor({ touch: !isBackgroundRequest(request) });
  const query = parseWith(listMessagesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return json(await listMessages(actor, familyId, query));
});

export const POST = route<{ familyId: string }>(async (request, { familyId }) => {
  const actor = await requireActor();
  const input = parseSendInput(await readJson(request, z.unknown()));
  const { message, created } = await sendMessage(actor, familyId, input);
  return json({ message }, created ? 201 : 200);
});
