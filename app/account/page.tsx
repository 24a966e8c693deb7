import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorForPage } from "@/lib/server/auth/page-guard";
import { PasswordForm } from "./password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { Section } from "@/app/_components/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await actorForPage();
  const t = await getTranslations("account");
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("who", { name: actor.name, email: actor.email })}</p>
      </div>
      <Section id="password-heading" title={t("passwordTitle")} className="card">
        <p className="mt-1 mb-4 text-sm text-stone-700">{t("passwordBody")}</p>
        <PasswordForm />
      </Section>
      <Section id="sessions-heading" title={t("sessionsTitle")} className="card">
        <p className="mt-1 mb-4 text-sm text-stone-700">{t("sessionsBody")}</p>
        <SignOutEverywhere />
      </Section>
    </div>
  );
}
