import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { Section } from "@/app/_components/section";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { getFamilyState } from "@/lib/families/settings";
import { StateForm } from "./state-form";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("familySettings"))("title") };
}

/**
 * The family's settings: where the child is served, which decides how titles are judged, and the
 * way to deleting the family's record (a step of its own, never a section beside the care team).
 */
export default async function FamilySettingsPage({ params }: Props) {
  const actor = await actorForPage(["parent", "coach"]);
  const { familyId } = await params;
  const state = await pageData(getFamilyState(actor, familyId));
  const t = await getTranslations("familySettings");
  const tStates = await getTranslations("usStates");
  const stateName = state ? tStates(state as "OR") : t("noState");
  return (
    <ClientMessages namespaces={["errors", "familySettings", "stateSelect", "usStates", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={actor.role === "coach" ? t("coachIntro") : t("intro")} />
        <Section id="family-state" title={t("stateHeading")} className="flex flex-col gap-3 card">
          <p className="max-w-2xl text-stone-700">{t(actor.role === "coach" ? "whyStateCoach" : "whyState")}</p>
          {actor.role === "parent" ? (
            <StateForm familyId={familyId} state={state} />
          ) : (
            <p data-testid="family-state">{t("coachState", { state: stateName })}</p>
          )}
        </Section>
        <Section
          id="family-record-deletion"
          title={t("deleteHeading")}
          className="flex flex-col items-start gap-3 card"
        >
          <p className="max-w-2xl text-stone-700">{actor.role === "coach" ? t("deleteCoachBody") : t("deleteBody")}</p>
          <Link href={`/families/${familyId}/deletion`} className="btn-secondary">
            {actor.role === "coach" ? t("deleteCoachLink") : t("deleteLink")}
          </Link>
        </Section>
      </div>
    </ClientMessages>
  );
}
