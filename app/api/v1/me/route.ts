import { describeMe } from "@/lib/accounts/me";
import { requireActor } from "@/lib/auth/current-user";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route(async () => json(await describeMe(await requireActor())));
