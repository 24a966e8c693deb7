import { signOutEverywhere } from "@/lib/accounts/sessions";
import { requireActor } from "@/lib/auth/current-user";
import { signedOutHeaders } from "@/lib/auth/cookies";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const POST = route(async () => {
  await signOutEverywhere(await requireActor());
  return noContent(signedOutHeaders());
});
