import { describeMe } from "@/lib/accounts/me";
import { requireActor } from "@/lib/server/auth/current-user";
import { json } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

export const GET = route(async () => json(await describeMe(await requireActor())));
