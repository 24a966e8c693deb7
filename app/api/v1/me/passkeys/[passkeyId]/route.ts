import { removePasskey, renamePasskey } from "@/lib/accounts/passkeys";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { renamePasskeySchema } from "@/lib/schemas/security";

type Params = { passkeyId: string };

export const PATCH = route<Params>(async (request, { passkeyId }) => {
  const actor = await requireActor();
  const { name } = await readJson(request, renamePasskeySchema);
  return json({ passkey: await renamePasskey(actor, passkeyId, name) });
});

export const DELETE = route<Params>(async (request, { passkeyId }) => {
  await removePasskey(await requireActor(), passkeyId, clientOf(request));
  return noContent();
});
