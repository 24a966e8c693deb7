import { passkeySignInOptions } from "@/lib/identity/passkey-sign-in";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** Anyone: a challenge for signing in with a passkey (the answer goes to /api/auth/callback/passkey). */
export const POST = route(async () => json({ options: await passkeySignInOptions() }));
