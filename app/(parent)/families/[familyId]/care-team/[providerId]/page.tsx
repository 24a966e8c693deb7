import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { ProviderForm } from "@/app/_components/care-team/catalog-forms";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { practiceToday } from "@/lib/care-team/gaps";
import { getProvider, listProviders } from "@/lib/care-team/providers";
import { isUsState } from "@/lib/domain/catalog";
import { getFamilyState } from "@/lib/families/settings";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string; providerId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providerForm"))("editTitle") };
}

export default async function EditProviderPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId, providerId } = await params;
  const [provider, children, providers, state] = await pageData(
    Promise.all([
      getProvider(actor, familyId, providerId),
      listChildren(actor, familyId),
      listProviders(actor, familyId),
      getFamilyState(actor, familyId),
    ]),
  );
  const t = await getTranslations("providerForm");
  return (
    <ClientMessages
      namespaces={[
        "children",
        "common",
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
        <h1 className="text-2xl font-bold">{t("editHeading", { name: provider.name })}</h1>
        <p className="text-stone-700">{t("editIntro")}</p>
        <ProviderForm
          familyId={familyId}
          childOptions={children}
          provider={provider}
          team={providers.filter((member) => member.id !== provider.id)}
          state={isUsState(state) ? state : null}
          today={practiceToday()}
        />
        <Section
          id="remove-heading"
          title={t("removeTitle")}
          className="mt-4 flex flex-col items-start gap-2 card border-red-200"
        >
          <p className="text-sm text-stone-700">{t("removeBody")}</p>
          <DeleteButton
            path={`/api/v1/families/${familyId}/providers/${provider.id}`}
            then={`/families/${familyId}/care-team`}
            label={t("remove")}
            confirmTitle={t("removeConfirmTitle", { name: provider.name })}
            confirmBody={t("removeConfirmBody")}
          />
        </Section>
      </div>
    </ClientMessages>
  );
}
