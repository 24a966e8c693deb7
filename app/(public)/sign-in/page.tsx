import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForRender } from "@/lib/server/auth/page-guard";
import { homePathFor } from "@/lib/identity/home-path";
import Link from "next/link";
import { SignInFlow } from "./sign-in-flow";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage() {
  const actor = await actorForRender();
  if (actor) redirect(homePathFor(actor.role, actor.mustEnroll));
  const t = await getTranslations("signIn");
  return (
    <ClientMessages namespaces={["errors", "signIn", "validation"]}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
        <div className="mt-6 card">
          <SignInFlow />
        </div>
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("forgot")}
          </Link>
        </p>
        <p className="mt-6 text-sm text-stone-700">{t("noAccount")}</p>
      </div>
    </ClientMessages>
  );
}
