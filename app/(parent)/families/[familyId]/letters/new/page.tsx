import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { listProviders } from "@/lib/care-team/providers";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { PageIntro } from "@/app/_components/page-intro";
import { LETTER_TEMPLATES, type LetterTemplate } from "@/app/_components/requests/request-types";
import { NewLetterForm } from "./new-letter-form";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = {
  params: Promise<{ familyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("newTitle") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Starts a letter from the record: "Ask for it" on What's missing opens this with the gap filled in. */
export default async function NewLetterPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const query = await searchParams;
  const [children, providers] = await pageData(
    Promise.all([listChildren(actor, familyId), listProviders(actor, familyId)]),
  );
  const t = await getTranslations("letters");
  const locale = await getLocale();
  const { serviceById } = catalogIn(locale);
  const template = one(query.template);
  const childId = one(query.childId);
  const service = serviceById(one(query.serviceId) ?? "");
  const provider = providers.find((candidate) => candidate.id === one(query.providerId));

  return (
    <ClientMessages namespaces={["errors", "language", "letters", "requests.kinds", "validation"]}>
      <div className="flex flex-col gap-6">
        <Link
          href={`/families/${familyId}/gaps`}
          className="text-sm font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("backToGaps")}
        </Link>
        <PageIntro title={t("newTitle")} intro={t("newIntro")} />
        <p className="max-w-2xl rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("notLegalAdvice")}
        </p>
        {children.length === 0 ? (
          <div className="flex flex-col items-start gap-3 card">
            <p className="text-stone-700">{t("addChildFirst")}</p>
            <Link href={`/families/${familyId}/children`} className="btn-primary">
              {t("addChild")}
            </Link>
          </div>
        ) : (
          <NewLetterForm
            familyId={familyId}
            locale={locale}
            familyChildren={children.map(({ id, name }) => ({ id, name }))}
            prefill={{
              template: LETTER_TEMPLATES.includes(template as LetterTemplate)
                ? (template as LetterTemplate)
                : undefined,
              childId: children.some((child) => child.id === childId) ? childId : undefined,
              service: service ? { id: service.id, label: service.label } : undefined,
              provider: provider ? { id: provider.id, name: provider.name } : undefined,
            }}
          />
        )}
      </div>
    </ClientMessages>
  );
}
