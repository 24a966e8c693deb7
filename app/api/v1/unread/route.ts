import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";
import { unreadSummary } from "@/lib/messages/reads";

export const dynamic = "force-dynamic";

// Polled by the navigation badge: never extends the session.
export const GET = route(async () => json(await unreadSummary(await requireActor({ touch: false }))));
