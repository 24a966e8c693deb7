import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/identity/actor";
import { listPendingInvites } from "@/lib/invites/manage";
import { listPendingSuggestions } from "@/lib/invites/suggestions";
import { pageData } from "@/lib/server/auth/page-guard";
import { DeleteButton } from "../care-team/delete-button";
import { InviteActions } from "./invite-actions";
import { InviteCreator } from "./invite-creator";
import { SuggestInvite } from "./suggest-invite";
import { SuggestionReview } from "./suggestion-review";

/**
 * Who may join the family, on the family's page. Its parents make links, see the links not used
 * yet and answer the coach's suggestions; its coach suggests someone and sees what still waits for
 * the family. Nobody else sees this page.
 */
export async function FamilyInvites({ actor, familyId }: { actor: Actor; familyId: string }) {
  const isParent = actor.role === "parent";
  const [suggestions, links] = await pageData(
    Promise.all([listPendingSuggestions(actor, familyId), isParent ? listPendingInvites(actor) : []]),
  );
  const familyLinks = links.filter((link) => link.familyId === familyId);
  const t = await getTranslations("familyInvites");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const expiry = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const whom = (name: string | null) => name ?? t("someone");

  return (
    <section aria-labelledby="invite-heading" className="flex flex-col gap-6 card" data-testid="family-invites">
      <div>
        <h2 id="invite-heading" className="text-lg font-semibold">
          {isParent ? t("parentTitle") : t("coachTitle")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-700">{isParent ? t("parentBody") : t("coachBody")}</p>
        {isParent ? <InviteCreator familyId={familyId} askFamilyName={false} /> : <SuggestInvite familyId={familyId} />}
      </div>

      {suggestions.length > 0 && (
        <div className="border-t border-stone-200 pt-4">
          <h3 className="font-semibold">{isParent ? t("suggestionsTitle") : t("waitingTitle")}</h3>
          <ul className="mt-3 flex flex-col gap-4" aria-label={isParent ? t("suggestionsTitle") : t("waitingTitle")}>
            {suggestions.map((suggestion) => {
              const what = isParent
                ? t("suggestionFor", { coach: suggestion.suggestedBy.name, name: whom(suggestion.inviteeName) })
                : t("youSuggested", { name: whom(suggestion.inviteeName) });
              return (
                <li key={suggestion.id} className="flex flex-col gap-2" data-testid="invite-suggestion">
                  <p>
                    <span className="font-medium">{what}</span>{" "}
                    <span className="text-sm text-stone-600">
                      {t("suggestedOn", { date: day(suggestion.createdAt) })}
                    </span>
                  </p>
                  {isParent ? (
                    <SuggestionReview suggestionId={suggestion.id} what={what} />
                  ) : (
                    <div className="self-start">
                      <DeleteButton
                        path={`/api/v1/invite-suggestions/${suggestion.id}`}
                        label={t("withdraw")}
                        accessibleName={t("withdrawLabel", { name: whom(suggestion.inviteeName) })}
                        confirmTitle={t("withdrawTitle")}
                        confirmBody={t("withdrawBody")}
                        compact
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {familyLinks.length > 0 && (
        <div className="border-t border-stone-200 pt-4">
          <h3 className="font-semibold">{t("linksTitle")}</h3>
          <ul className="mt-3 flex flex-col gap-4" aria-label={t("linksTitle")}>
            {familyLinks.map((link) => {
              const what = t("linkFor", { name: whom(link.inviteeName) });
              return (
                <li key={link.id} className="flex flex-col gap-2" data-testid="pending-invite">
                  <p>
                    <span className="font-medium">{what}</span>{" "}
                    <span className="text-sm text-stone-600">
                      {t("madeBy", { name: link.invitedBy.name })} ·{" "}
                      <span className={link.expired ? "font-semibold text-red-800" : undefined}>
                        {link.expired
                          ? t("expired", { date: expiry(link.expiresAt) })
                          : t("expires", { date: expiry(link.expiresAt) })}
                      </span>
                    </span>
                  </p>
                  <InviteActions inviteId={link.id} what={what} canResend={link.canResend} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
