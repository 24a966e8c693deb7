import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { careSummary } from "@/lib/records/care-summary";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import { SUMMARY_CSS } from "@/lib/records/summary-css";
import { summarySheetHtml } from "@/lib/records/summary-html";
import { PrintSummaryButton } from "../print-button";
import { MeetingPacketLink } from "./meeting-packet-link";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string; childId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("careSummary"))("title") };
}

/** The one-page summary on screen, ready to print; the PDF links give the same page from the server. */
export default async function ChildSummaryPage({ params }: Props) {
  const actor = await actorForPage();
  const { familyId, childId } = await params;
  const summary = await pageData(careSummary(actor, familyId, childId));
  const locale = await getLocale();
  const t = await getTranslations("careSummary");
  const mismatch = await getTranslations("mismatch");
  const pdf = (paper: string) =>
    `/api/v1/families/${familyId}/children/${childId}/summary/pdf?paper=${paper}&locale=${locale}`;
  return (
    <ClientMessages namespaces={["careSummary"]}>
      <div className="flex flex-col gap-4">
        <style dangerouslySetInnerHTML={{ __html: SUMMARY_CSS }} />
        <div className="no-print flex flex-wrap items-center gap-3">
          <Link
            href={`/families/${familyId}/summary`}
            className="text-sm font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("back")}
          </Link>
          <span className="grow" />
          <PrintSummaryButton />
          <a href={pdf("letter")} download className="btn-secondary">
            {t("downloadLetter")}
          </a>
          <a href={pdf("a4")} download className="btn-secondary">
            {t("downloadA4")}
          </a>
          <MeetingPacketLink familyId={familyId} childId={childId} />
        </div>
        {/* Escaped markup built from the summary (lib/records/summary-html.ts), the same the PDF is made from. */}
        <div
          dangerouslySetInnerHTML={{
            __html: summarySheetHtml(summary, {
              t: (key, values) => t(key as never, values as never),
              mismatch: stateAwareMismatch((key, values) => mismatch(key as never, values as never)),
              catalog: catalogIn(locale),
              locale,
            }),
          }}
        />
      </div>
    </ClientMessages>
  );
}
