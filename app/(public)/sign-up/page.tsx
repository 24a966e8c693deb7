import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorForRender, pageData } from "@/lib/server/auth/page-guard";
import { previewInvite } from "@/lib/invites/describe";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { SignUpForm } from "./sign-up-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title"), referrer: "no-referrer" };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("signUp");
  const tErrors = await getTranslations("errors");
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const [actor, invite] = await Promise.all([actorForRender(), pageData(previewInvite(token))]);

  return (
    <ClientMessages namespaces={["errors", "nav", "signUp", "stateSelect", "usStates", "validation"]}>
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {actor ? (
          <div className="mt-6 flex flex-col gap-4 card">
            <p>{t("signedInAlready", { name: actor.name })}</p>
            <SignOutButton />
          </div>
        ) : invite.usable ? (
          <>
            <p className="mt-2 text-stone-700">
              {invite.joinsExistingFamily
                ? t("introJoin", { inviter: invite.invitedBy, family: invite.familyName ?? "" })
                : t("introNew", { inviter: invite.invitedBy })}
            </p>
            <div className="mt-6 card">
              <SignUpForm token={token!} newFamily={!invite.joinsExistingFamily} />
            </div>
          </>
        ) : (
          <div className="mt-6 flex flex-col gap-3 card" data-testid="invite-problem">
            <p className="font-semibold">{tErrors(invite.reason as "invite_invalid")}</p>
            <p className="text-sm text-stone-700">
              {t("haveAccount")}{" "}
              <Link href="/sign-in" className="font-semibold text-brand-700 underline">
                {t("signInInstead")}
              </Link>
            </p>
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
