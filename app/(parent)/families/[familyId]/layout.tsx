import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { getPendingDeletion } from "@/lib/families/deletion";
import { getFamilyRef } from "@/lib/families/queries";
import { DeletionBanner } from "./deletion-banner";
import { CoachToolsLink } from "./coach-tools-link";
import { FamilyTabs } from "./family-tabs";

type Props = { children: ReactNode; params: Promise<{ familyId: string }> };

/** Every page of one family: its name, its sections, and for its coach the coach tools. */
export default async function FamilyLayout({ children, params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [family, pendingDeletion] = await pageData(
    Promise.all([getFamilyRef(actor, familyId), getPendingDeletion(actor, familyId)]),
  );
  const t = await getTranslations("family");
  return (
    <div className="flex flex-col gap-6">
      {/* The family's own words for its tabs and banner; the page below brings its own. */}
      <ClientMessages namespaces={["deletion", "errors", "familyTabs"]}>
        {/* family-chrome: left off the paper when a care-team summary is printed */}
        <div className="family-chrome flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <div className="flex min-w-0 flex-col items-start gap-1">
              {actor.role === "coach" && (
                <Link
                  href="/caseload"
                  className="no-print text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
                >
                  {t("backToCaseload")}
                </Link>
              )}
              <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
                <span>{actor.role === "coach" ? t("coachView") : t("yourFamily")}</span> · <span>{family.name}</span>
              </p>
            </div>
            {actor.role === "coach" && <CoachToolsLink familyId={family.id} />}
          </div>
          <FamilyTabs familyId={family.id} />
        </div>
        {pendingDeletion && <DeletionBanner familyId={family.id} dueAt={pendingDeletion.dueAt} />}
      </ClientMessages>
      {children}
    </div>
  );
}
