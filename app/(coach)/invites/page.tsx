import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listPendingInvites } from "@/lib/invites/manage";
import { InviteActions } from "./invite-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pendingInvites"))("title") };
}

/** A coach's invite links nobody has used yet (an admin's view: everyone's), to revoke or send again. */
export default async function InvitesPage() {
  const actor = await actorForPage(["coach", "admin"]);
  const invites = await pageData(listPendingInvites(actor));
  const t = await getTranslations("pendingInvites");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-6">
      <PageIntro title={t("title")} intro={actor.role === "admin" ? t("adminIntro") : t("intro")} />
      {invites.length === 0 ? (
        <p className="card text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
          {invites.map((invite) => {
            const what = invite.familyId
              ? t("joinFamily", { name: invite.familyName ?? "" })
              : invite.familyName
                ? t("newFamily", { name: invite.familyName })
                : t("newFamilyUnnamed");
            return (
              <li key={invite.id} className="flex flex-col gap-3 card" data-testid="pending-invite">
                <div>
                  <p className="font-semibold">{what}</p>
                  <p className="text-sm text-stone-600">
                    <span className={invite.expired ? "font-semibold text-red-800" : undefined}>
                      {invite.expired
                        ? t("expired", { date: when(invite.expiresAt) })
                        : t("expires", { date: when(invite.expiresAt) })}
                    </span>
                    {actor.role === "admin" && <span> · {t("invitedBy", { name: invite.invitedBy.name })}</span>}
                  </p>
                </div>
                <InviteActions inviteId={invite.id} what={what} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
