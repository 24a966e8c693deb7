import { useLocale, useTranslations } from "next-intl";
import { practiceToday } from "@/lib/care-team/gaps";

/**
 * The packet to bring to an IEP, care-team or wraparound meeting: this summary, the gaps and the
 * requests with their history, as of today, as one PDF (in the language of the signed-in person).
 */
export function MeetingPacketLink({ familyId, childId }: { familyId: string; childId: string }) {
  const t = useTranslations("careSummary");
  const query = new URLSearchParams({ on: practiceToday(), locale: useLocale() });
  return (
    <a href={`/api/v1/families/${familyId}/children/${childId}/packet?${query}`} download className="btn-secondary">
      {t("meetingPacket")}
    </a>
  );
}
