import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { InviteActions } from "@/app/_components/invites/invite-actions";
import { PageIntro } from "@/app/_components/page-intro";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listPendingInvites } from "@/lib/invites/manage";
import { listPendingSuggestions } from "@/lib/invites/suggestions";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pendingInvites"))("title") };
}

/**
 * A coach's links for new families nobody has used yet, to revoke or send again, and their
 * suggestions still waiting for a family. An admin sees the coaches' links for new families, to
 * withdraw; links into a family are the family's own and are never listed here.
 */
export default async function InvitesPage() {
  const actor = await actorForPage(["coach", "admin"]);
  const [invites, suggestions] = await pageData(
    Promise.all([listPendingInvites(actor), listPendingSuggestions(actor)]),
  );
  const t = await getTranslations("pendingInvites");
  const ts = await getTranslations("familyInvites");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <ClientMessages namespaces={["common", "errors", "invite", "pendingInvites"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={actor.role === "admin" ? t("adminIntro") : t("intro")} />
        {invites.length === 0 ? (
          <p className="card text-stone-700">{actor.role === "admin" ? t("adminEmpty") : t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
            {invites.map((invite) => {
              const what = invite.familyName ? t("newFamily", { name: invite.familyName }) : t("newFamilyUnnamed");
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
                  <InviteActions inviteId={invite.id} what={what} canResend={invite.canResend} />
                </li>
              );
            })}
          </ul>
        )}
        {suggestions.length > 0 && (
          <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
            <h2 id="suggestions-heading" className="text-lg font-semibold">
              {t("suggestionsTitle")}
            </h2>
            <p className="text-sm text-stone-700">{t("suggestionsIntro")}</p>
            <ul aria-label={t("suggestionsTitle")} className="flex flex-col gap-3">
              {suggestions.map((suggestion) => {
                const name = suggestion.inviteeName ?? ts("someone");
                return (
                  <li key={suggestion.id} className="flex flex-col gap-2 card" data-testid="invite-suggestion">
                    <p>
                      <Link
                        href={`/families/${suggestion.familyId}`}
                        className="font-semibold text-brand-800 underline"
                      >
                        {suggestion.familyName}
                      </Link>
                      <span>: {t("suggestionFor", { name })}</span>
                    </p>
                    <p className="text-sm text-stone-600">{ts("suggestedOn", { date: when(suggestion.createdAt) })}</p>
                    <div className="self-start">
                      <DeleteButton
                        path={`/api/v1/invite-suggestions/${suggestion.id}`}
                        label={ts("withdraw")}
                        accessibleName={ts("withdrawLabel", { name })}
                        confirmTitle={ts("withdrawTitle")}
                        confirmBody={ts("withdrawBody")}
                        compact
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
