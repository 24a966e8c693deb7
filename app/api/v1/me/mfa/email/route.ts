import { disableEmailCodes, startEmailCodes } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { accepted, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { proofSchema } from "@/lib/schemas/security";

/** Email codes as the second step: a first code goes out to prove the address (202). */
export const POST = route(async () => {
  await startEmailCodes(await requireActor({ enrolling: true }));
  return accepted();
});

/** Turns email codes off: `{ "code" }` or `{ "password" }`. */
export const DELETE = route(async (request) => {
  const actor = await requireActor({ enrolling: true });
  await disableEmailCodes(actor, await readJson(request, proofSchema), clientOf(request));
  return noContent();
});
