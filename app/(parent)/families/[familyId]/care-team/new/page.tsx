import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/app/_components/care-team/catalog-forms";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { practiceToday } from "@/lib/care-team/gaps";
import { listProviders } from "@/lib/care-team/providers";
import { isUsState } from "@/lib/domain/catalog";
import { getFamilyState } from "@/lib/families/settings";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providerForm"))("addTitle") };
}

export default async function NewProviderPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [children, team, state] = await pageData(
    Promise.all([listChildren(actor, familyId), listProviders(actor, familyId), getFamilyState(actor, familyId)]),
  );
  // A provider works with a child: without one, the family starts there.
  if (children.length === 0) redirect(`/families/${familyId}/children`);
  const t = await getTranslations("providerForm");
  return (
    <ClientMessages
      namespaces={[
        "children",
        "credentialFacts",
        "credentialPicker",
        "errors",
        "mismatch",
        "providerForm",
        "serviceFinder",
        "supervisorFields",
        "toast",
        "validation",
      ]}
    >
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("addTitle")}</h1>
        <p className="text-stone-700">{t("addIntro")}</p>
        <ProviderForm
          familyId={familyId}
          childOptions={children}
          team={team}
          state={isUsState(state) ? state : null}
          today={practiceToday()}
        />
      </div>
    </ClientMessages>
  );
}
