import { requireActor } from "@/lib/auth/current-user";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { unreadSummary } from "@/lib/messages/reads";

export const dynamic = "force-dynamic";

// Polled by the navigation badge: never extends the session.
export const GET = route(async () => json(await unreadSummary(await requireActor({ touch: false }))));
