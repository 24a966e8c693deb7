import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listActions } from "@/lib/coaching/actions";
import { archiveStateOf } from "@/lib/coaching/archive";
import { listNotes } from "@/lib/coaching/notes";
import { listTags } from "@/lib/coaching/tags";
import { ActionItemsPanel } from "./action-items-panel";
import { NotesPanel } from "./notes-panel";
import { TagsEditor } from "./tags-editor";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coachTools"))("title") };
}

/**
 * The coach's own workspace for one family. Parents get the 404 page here (the role check below,
 * and the data layer again refuses anyone not on the family's caseload).
 */
export default async function CoachToolsPage({ params }: Props) {
  const actor = await actorForPage(["coach"]);
  const { familyId } = await params;
  const [notes, actions, tags, archive] = await pageData(
    Promise.all([
      listNotes(actor, familyId),
      listActions(actor, familyId),
      listTags(actor, familyId),
      archiveStateOf(actor, familyId),
    ]),
  );
  const t = await getTranslations("coachTools");
  const format = await getFormatter();

  return (
    <ClientMessages
      namespaces={["coachTools.actions", "coachTools.notes", "coachTools.tags", "common", "errors", "validation"]}
    >
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <ActionItemsPanel familyId={familyId} items={actions} />
          <div className="flex flex-col gap-6">
            <TagsEditor familyId={familyId} tags={tags} />
            <section aria-labelledby="coach-archive-heading" className="flex flex-col gap-3 card">
              <h2 id="coach-archive-heading" className="text-lg font-semibold">
                {t("archive.heading")}
              </h2>
              <p className="text-sm text-stone-700">
                {archive.archivedAt
                  ? t("archive.archivedBody", {
                      date: format.dateTime(new Date(archive.archivedAt), { dateStyle: "long" }),
                    })
                  : t("archive.activeBody")}
              </p>
              {archive.archived ? (
                <ConfirmButton
                  path={`/api/v1/families/${familyId}/archive`}
                  method="DELETE"
                  label={t("archive.unarchive")}
                  confirmTitle={t("archive.unarchiveTitle", { family: archive.familyName })}
                  confirmBody={t("archive.unarchiveBody")}
                  confirmLabel={t("archive.unarchive")}
                  workingLabel={t("archive.working")}
                />
              ) : (
                <ConfirmButton
                  path={`/api/v1/families/${familyId}/archive`}
                  method="POST"
                  label={t("archive.archive")}
                  confirmTitle={t("archive.confirmTitle", { family: archive.familyName })}
                  confirmBody={t("archive.confirmBody")}
                  confirmLabel={t("archive.confirm")}
                  workingLabel={t("archive.working")}
                  tone="danger"
                />
              )}
            </section>
          </div>
        </div>
        <NotesPanel familyId={familyId} notes={notes} />
      </div>
    </ClientMessages>
  );
}
