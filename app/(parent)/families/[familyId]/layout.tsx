import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { getPendingDeletion } from "@/lib/families/deletion";
import { getFamilyRef } from "@/lib/families/queries";
import { DeletionBanner } from "./deletion-banner";
import { FamilyTabs } from "./family-tabs";

type Props = { children: ReactNode; params: Promise<{ familyId: string }> };

/** Every page of one family: its name, and tabs to move between its parts. */
export default async function FamilyLayout({ children, params }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const [family, pendingDeletion] = await pageData(
    Promise.all([getFamilyRef(actor, familyId), getPendingDeletion(actor, familyId)]),
  );
  const t = await getTranslations("family");
  return (
    <div className="flex flex-col gap-6">
      {/* family-chrome: left off the paper when a care-team summary is printed */}
      <div className="family-chrome flex flex-col gap-3">
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
        <FamilyTabs familyId={family.id} isCoach={actor.role === "coach"} />
      </div>
      {pendingDeletion && <DeletionBanner familyId={family.id} dueAt={pendingDeletion.dueAt} />}
      {children}
    </div>
  );
}
