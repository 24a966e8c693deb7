import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GapStatus } from "@/lib/domain/gaps";

/**
 * "Ask for it": a letter for a missing service, or one asking about the title of whoever provides
 * it now when that title is the question; or, for a call already made, a request to log.
 */
export function AskForIt({
  familyId,
  childId,
  gap,
}: {
  familyId: string;
  childId: string;
  gap: { serviceId: string; status: GapStatus; providerIds: string[] };
}) {
  const t = useTranslations("requests");
  const titleToCheck = gap.status !== "missing" && gap.providerIds.length > 0;
  const template = titleToCheck ? "qualification-question" : "service-request";
  const letter = new URLSearchParams({ template, childId, serviceId: gap.serviceId });
  if (titleToCheck) letter.set("providerId", gap.providerIds[0]!);
  const request = new URLSearchParams({ kind: template, childId, serviceId: gap.serviceId });
  return (
    <div className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={`/families/${familyId}/letters/new?${letter}`} className="btn-primary">
        {t(titleToCheck ? "askAboutTitle" : "askForIt")}
      </Link>
      <Link
        href={`/families/${familyId}/requests?${request}`}
        className="text-sm font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("logInstead")}
      </Link>
    </div>
  );
}
