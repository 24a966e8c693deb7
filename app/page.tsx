import { redirect } from "next/navigation";
import { actorForRender } from "@/lib/server/auth/page-guard";
import { homePathFor } from "@/lib/identity/home-path";

export default async function Home() {
  const actor = await actorForRender();
  redirect(actor ? homePathFor(actor.role, actor.mustEnroll) : "/sign-in");
}
