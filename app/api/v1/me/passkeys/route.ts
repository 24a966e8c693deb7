import { addPasskey, listPasskeys } from "@/lib/accounts/passkeys";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { addPasskeySchema } from "@/lib/schemas/security";

export const GET = route(async () => json({ passkeys: await listPasskeys(await requireActor({ enrolling: true })) }));

/** `{ "name", "response" }`: the browser's answer to the options of …/passkeys/options. */
export const POST = route(async (request) => {
  const actor = await requireActor({ enrolling: true });
  const input = await readJson(request, addPasskeySchema);
  return json({ passkey: await addPasskey(actor, input, clientOf(request)) }, 201);
});
