import { listSessions } from "@/lib/accounts/security-log";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** The account's signed-in devices. */
export const GET = route(async () => json({ sessions: await listSessions(await requireActor()) }));
