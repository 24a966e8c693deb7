import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { ProviderImport } from "./lazy-provider-import";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providerImport"))("title") };
}

export default async function ProviderImportPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const children = await pageData(listChildren(actor, familyId));
  const t = await getTranslations("providerImport");
  return (
    <ClientMessages namespaces={["errors", "providerImport"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        {children.length === 0 ? (
          <div className="flex flex-col items-start gap-3 card">
            <p className="text-stone-700">{t("problems.noChildren")}</p>
            <Link href={`/families/${familyId}/children`} className="btn-primary">
              {t("addChild")}
            </Link>
          </div>
        ) : (
          <ProviderImport familyId={familyId} childNames={children.map((child) => child.name)} />
        )}
      </div>
    </ClientMessages>
  );
}
