import { twoStepStatus } from "@/lib/accounts/two-step";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

/** The account's second steps: what is on, and whether its role requires one. */
export const GET = route(async () => json({ mfa: await twoStepStatus(await requireActor({ enrolling: true })) }));
