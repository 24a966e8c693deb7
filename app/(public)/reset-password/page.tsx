import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "./reset-password-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resetPassword"))("title"), robots: { index: false } };
}

/**
 * Where the emailed link lands: `?token=…`. The token is checked when the form is sent (a page
 * view never spends or reveals anything), and the page is never cached or indexed.
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const t = await getTranslations("resetPassword");
  const { token } = await searchParams;
  const usable = typeof token === "string" && /^[A-Za-z0-9_-]{20,200}$/.test(token);
  return (
    <ClientMessages namespaces={["errors", "resetPassword", "validation"]}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {usable ? (
          <>
            <p className="mt-2 text-stone-700">{t("intro")}</p>
            <div className="mt-6 card">
              <ResetPasswordForm token={token} />
            </div>
          </>
        ) : (
          <div className="mt-6 flex flex-col gap-3 card" role="alert">
            <p className="text-stone-700">{t("missingToken")}</p>
            <Link href="/forgot-password" className="btn-primary self-start">
              {t("askAgain")}
            </Link>
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
