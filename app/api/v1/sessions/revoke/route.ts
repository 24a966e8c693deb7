import { signOutEverywhere } from "@/lib/accounts/sessions";
import { requireActor } from "@/lib/server/auth/current-user";
import { signedOutHeaders } from "@/lib/server/auth/cookies";
import { noContent } from "@/lib/server/http/respond";
import { route } from "@/lib/server/http/route";

export const POST = route(async () => {
  await signOutEverywhere(await requireActor({ enrolling: true }));
  return noContent(signedOutHeaders());
});
