import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { meetingPacket } from "@/lib/packet/packet";
import { PACKET_CSS } from "@/lib/packet/packet-css";
import { packetHtml } from "@/lib/packet/packet-html";
import { packetWordsIn } from "@/lib/packet/packet-words";
import { SUMMARY_CSS } from "@/lib/records/summary-css";
import { dateField } from "@/lib/schemas/fields";
import { PrintSummaryButton } from "../../print-button";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = {
  params: Promise<{ familyId: string; childId: string }>;
  searchParams: Promise<{ on?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetingPacket"))("pageTitle") };
}

/**
 * The meeting packet on screen, ready to print from the browser: the same markup the PDF route
 * hands to Chromium. `?on=YYYY-MM-DD` shows it as of that day (anything else: today).
 */
export default async function MeetingPacketPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId, childId } = await params;
  const { on: asked } = await searchParams;
  const on = typeof asked === "string" && dateField.safeParse(asked).success ? asked : undefined;
  const packet = await pageData(meetingPacket(actor, familyId, childId, on));
  const locale = await getLocale();
  const t = await getTranslations("meetingPacket");
  const pdf = (paper: string) =>
    `/api/v1/families/${familyId}/children/${childId}/packet?paper=${paper}&locale=${locale}&on=${packet.on}`;
  return (
    <ClientMessages namespaces={["careSummary"]}>
      <div className="flex flex-col gap-4">
        <style dangerouslySetInnerHTML={{ __html: `${SUMMARY_CSS}${PACKET_CSS}${SCREEN_CSS}` }} />
        <div className="no-print flex flex-wrap items-center gap-3">
          <Link
            href={`/families/${familyId}/summary/${childId}`}
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
        </div>
        {/* Escaped markup built from the packet (lib/packet/packet-html.ts), the same the PDF is made from. */}
        <div dangerouslySetInnerHTML={{ __html: packetHtml(packet, packetWordsIn(locale)) }} />
      </div>
    </ClientMessages>
  );
}

// On screen each printed page is a sheet of its own; on paper the page breaks do that.
const SCREEN_CSS = `
@media screen {
  .mp-page { background: #fff; border: 1px solid #d6d3d1; border-radius: 6px; padding: 6mm; max-width: 190mm; margin: 0 auto 4mm; overflow-x: auto; }
  .mp-page .cs-sheet { border: 0; padding: 0; }
}
@media print {
  body:has(.mp-packet) .family-chrome, body:has(.mp-packet) .site-header { display: none !important; }
  body:has(.mp-packet) main { padding: 0 !important; max-width: none !important; }
}
`;
