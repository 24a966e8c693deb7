import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("title") };
}

/** Anyone: asks for a link to choose a new password. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <ClientMessages namespaces={["errors", "forgotPassword", "validation"]}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
        <div className="mt-6 card">
          <ForgotPasswordForm />
        </div>
        <p className="mt-6 text-sm">
          <Link href="/sign-in" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </ClientMessages>
  );
}
