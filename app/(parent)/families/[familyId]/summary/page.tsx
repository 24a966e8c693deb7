import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listChildren } from "@/lib/care-team/children";
import { Section } from "@/app/_components/section";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("careSummary"))("title") };
}

/** One summary per child, and (for the family itself) its whole record to download. */
export default async function SummariesPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const children = await pageData(listChildren(actor, familyId));
  const t = await getTranslations("careSummary");
  const r = await getTranslations("familyRecord");
  const exportUrl = (format: string) => `/api/v1/families/${familyId}/export?format=${format}`;
  return (
    <div className="flex flex-col gap-6">
      <PageIntro title={t("title")} intro={t("intro")} />
      {children.length === 0 ? (
        <div className="flex flex-col items-start gap-3 card">
          <p className="text-stone-700">{t("noChildren")}</p>
          <Link href={`/families/${familyId}/children`} className="btn-primary">
            {t("addChild")}
          </Link>
        </div>
      ) : (
        <Section id="summaries-heading" title={t("chooseChild")} className="flex flex-col gap-3">
          <ul className="flex flex-wrap gap-3">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/families/${familyId}/summary/${child.id}`} className="btn-secondary">
                  {t("openFor", { name: child.name })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {actor.role === "parent" && (
        <Section id="record-heading" title={r("title")} className="flex flex-col gap-3 card">
          <p className="text-stone-700">{r("intro")}</p>
          <div className="flex flex-wrap gap-3">
            <a href={exportUrl("zip")} download className="btn-secondary">
              {r("downloadZip")}
            </a>
            <a href={exportUrl("json")} download className="btn-secondary">
              {r("downloadJson")}
            </a>
            <a href={exportUrl("fhir")} download className="btn-secondary">
              {r("downloadFhir")}
            </a>
          </div>
          <p className="text-sm text-stone-600">{r("zipNote")}</p>
          <p className="text-sm text-stone-600">{r("fhirNote")}</p>
        </Section>
      )}
    </div>
  );
}
