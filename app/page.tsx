import { redirect } from "next/navigation";
import { actorForRender } from "@/lib/auth/page-guard";
import { homePathFor } from "@/lib/auth/home-path";

export default async function Home() {
  const actor = await actorForRender();
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
