import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { ProviderCard } from "@/app/_components/care-team/provider-card";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { familyGaps, practiceToday } from "@/lib/care-team/gaps";
import { listProviders } from "@/lib/care-team/providers";
import { familyEvidence } from "@/lib/documents/evidence";
import { ProviderPapers } from "@/app/_components/documents/provider-papers";
import { isProviderActiveOn } from "@/lib/domain/gaps";
import { PageIntro } from "@/app/_components/page-intro";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("careTeam"))("title") };
}

export default async function CareTeamPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [providers, children, gaps, evidence] = await pageData(
    Promise.all([
      listProviders(actor, familyId),
      listChildren(actor, familyId),
      familyGaps(actor, familyId, practiceToday(), await getLocale()),
      familyEvidence(actor, familyId),
    ]),
  );
  const t = await getTranslations("careTeam");
  const i = await getTranslations("providerImport");
  const today = practiceToday();
  const childNames = new Map(children.map((child) => [child.id, child.name]));
  const flags = new Map(gaps.flags.map((flag) => [flag.providerId, flag]));
  // Flagged providers first (they need a question asked), then the most recent arrivals.
  const current = providers
    .filter((provider) => isProviderActiveOn(provider, today) || provider.startOn > today)
    .sort((a, b) => Number(flags.has(b.id)) - Number(flags.has(a.id)) || b.startOn.localeCompare(a.startOn));
  const past = providers.filter((provider) => !current.includes(provider));

  return (
    <ClientMessages namespaces={["common", "errors", "evidence", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t(actor.role === "coach" ? "introCoach" : "intro")}>
          {children.length > 0 && (
            <div className="no-print flex flex-wrap gap-3">
              <Link href={`/families/${familyId}/care-team/import`} className="btn-secondary">
                {i("link")}
              </Link>
              <Link href={`/families/${familyId}/care-team/new`} className="btn-primary">
                {t("add")}
              </Link>
            </div>
          )}
        </PageIntro>

        {children.length === 0 ? (
          <div className="flex flex-col items-start gap-3 card">
            <h2 className="text-lg font-semibold">{t("noChildrenTitle")}</h2>
            <p className="text-stone-700">{t("noChildrenBody")}</p>
            <Link href={`/families/${familyId}/children`} className="btn-primary">
              {t("addChildFirst")}
            </Link>
          </div>
        ) : providers.length === 0 ? (
          <div className="flex flex-col items-start gap-3 card">
            <h2 className="text-lg font-semibold">{t(actor.role === "coach" ? "emptyTitleCoach" : "emptyTitle")}</h2>
            <p className="text-stone-700">{t("emptyBody")}</p>
            <Link href={`/families/${familyId}/care-team/new`} className="btn-primary">
              {t("addFirst")}
            </Link>
          </div>
        ) : (
          <>
            {current.length === 0 && (
              <p className="card text-stone-700">{t(actor.role === "coach" ? "noneActiveCoach" : "noneActive")}</p>
            )}
            <div className="grid gap-4 lg:grid-cols-2">
              {current.map((provider) => (
                <ProviderCard
                  key={provider.id}
                  provider={provider}
                  team={providers}
                  today={today}
                  familyId={familyId}
                  childNames={childNames}
                  flag={flags.get(provider.id)}
                  papers={<ProviderPapers familyId={familyId} provider={provider} {...evidence} />}
                />
              ))}
            </div>
            {past.length > 0 && (
              <section aria-labelledby="past-heading" className="flex flex-col gap-4">
                <h2 id="past-heading" className="text-xl font-semibold">
                  {t("past", { count: past.length })}
                </h2>
                <div className="grid gap-4 opacity-90 lg:grid-cols-2">
                  {past.map((provider) => (
                    <ProviderCard
                      key={provider.id}
                      provider={provider}
                      team={providers}
                      today={today}
                      familyId={familyId}
                      childNames={childNames}
                      headingLevel={3}
                      papers={<ProviderPapers familyId={familyId} provider={provider} {...evidence} />}
                    />
                  ))}
                </div>
              </section>
            )}
          </>
        )}
      </div>
    </ClientMessages>
  );
}
