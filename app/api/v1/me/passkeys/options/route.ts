import { passkeyRegistrationOptions } from "@/lib/accounts/passkeys";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** What the browser needs to make a new passkey for this account. */
export const POST = route(async () =>
  json({ options: await passkeyRegistrationOptions(await requireActor({ enrolling: true })) }),
);
