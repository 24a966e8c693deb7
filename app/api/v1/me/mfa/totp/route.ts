import { disableTotp, startTotp } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { readJson } from "@/lib/server/http/body";
import { clientOf } from "@/lib/server/http/request-client";
import { json, noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { proofSchema } from "@/lib/schemas/security";

/** A pending authenticator-app secret: the page shows it as a QR code and as text. */
export const POST = route(async () => json(await startTotp(await requireActor({ enrolling: true })), 201));

/** Turns the app off: `{ "code" }` or `{ "password" }`. */
export const DELETE = route(async (request) => {
  const actor = await requireActor({ enrolling: true });
  await disableTotp(actor, await readJson(request, proofSchema), clientOf(request));
  return noContent();
});
