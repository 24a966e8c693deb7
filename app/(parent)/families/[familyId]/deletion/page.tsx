import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { deletionDueAt } from "@/lib/domain/record-deletion";
import { getDeletionState } from "@/lib/families/deletion";
import { getFamilyRef } from "@/lib/families/queries";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deletion"))("title") };
}

/**
 * What deleting the family's record removes, what stays, and the button that asks for it.
 * While a deletion is scheduled the banner of the family's layout offers the way back.
 */
export default async function RecordDeletionPage({ params }: Props) {
  const actor = await actorForPage(["parent", "coach"]);
  const { familyId } = await params;
  const [family, { pending, counts }] = await pageData(
    Promise.all([getFamilyRef(actor, familyId), getDeletionState(actor, familyId)]),
  );
  const t = await getTranslations("deletion");
  const format = await getFormatter();
  // The date the confirmation names is the one the server will set if the parent confirms now.
  const date = format.dateTime(pending ? new Date(pending.dueAt) : deletionDueAt(new Date()), { dateStyle: "long" });
  const items = [
    t("children", { count: counts.children }),
    t("needs", { count: counts.needs }),
    t("providers", { count: counts.providers }),
    t("messages", { count: counts.messages }),
    t("documents", { count: counts.documents }),
    t("history", { count: counts.historyEntries }),
    t(actor.role === "coach" ? "coachNotesCoach" : "coachNotes"),
    t("memberships", { count: counts.parents }),
  ];

  return (
    <ClientMessages namespaces={["common", "errors"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t(actor.role === "coach" ? "introCoach" : "intro")} />
        <Section id="deletion-what" title={t("whatHeading")} className="flex flex-col gap-3 card">
          <ul className="list-disc pl-6" data-testid="deletion-counts">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h2 className="text-lg font-semibold">{t("keptHeading")}</h2>
          <p className="text-stone-700">{t("kept")}</p>
        </Section>
        {!pending && (
          <section
            aria-labelledby="deletion-danger"
            className="flex flex-col gap-3 rounded-lg border border-red-300 p-4"
          >
            <h2 id="deletion-danger" className="text-lg font-semibold text-red-900">
              {t("dangerHeading")}
            </h2>
            {actor.role === "parent" ? (
              <ConfirmButton
                path={`/api/v1/families/${familyId}/deletion`}
                method="POST"
                label={t("deleteButton")}
                confirmTitle={t("confirmTitle", { family: family.name })}
                confirmBody={t("confirmBody", {
                  date,
                  children: counts.children,
                  needs: counts.needs,
                  providers: counts.providers,
                  messages: counts.messages,
                  documents: counts.documents,
                  history: counts.historyEntries,
                })}
                confirmLabel={t("confirmLabel")}
                workingLabel={t("working")}
                tone="danger"
              />
            ) : (
              <p className="text-stone-700">{t("coachOnly")}</p>
            )}
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
