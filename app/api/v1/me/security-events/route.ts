import { listSecurityEvents } from "@/lib/accounts/security-log";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** The account's security log, newest first. */
export const GET = route(async () => json({ events: await listSecurityEvents(await requireActor()) }));
