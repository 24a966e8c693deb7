"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { CreatedInvite } from "@/lib/invites/insert";
import { apiFetch } from "../api-client";
import { ConfirmButton } from "../confirm-button";
import { FormAlert } from "../form-alert";
import { useErrorText } from "../use-error-text";
import { InviteLink } from "./invite-link";

/**
 * A parent's answer to the coach's suggestion: approve, which makes the link in their own name
 * and shows it ready to send, or decline (after a confirmation).
 */
export function SuggestionReview({ suggestionId, what }: { suggestionId: string; what: string }) {
  const t = useTranslations("familyInvites");
  const errorText = useErrorText();
  const approve = useMutation({
    mutationFn: () => apiFetch<CreatedInvite>(`/api/v1/invite-suggestions/${suggestionId}/approve`, { method: "POST" }),
  });

  if (approve.data)
    return (
      <InviteLink
        url={approve.data.url}
        expiresAt={approve.data.expiresAt}
        heading={t("approved")}
        testId="approved-invite-url"
      />
    );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-start gap-3">
        <button
          type="button"
          className="btn-primary"
          aria-label={t("approveLabel", { what })}
          disabled={approve.isPending}
          onClick={() => approve.mutate()}
        >
          {approve.isPending ? t("approving") : t("approve")}
        </button>
        <ConfirmButton
          path={`/api/v1/invite-suggestions/${suggestionId}`}
          method="DELETE"
          label={t("decline")}
          accessibleName={t("declineLabel", { what })}
          confirmTitle={t("declineTitle")}
          confirmBody={t("declineBody")}
          confirmLabel={t("decline")}
          workingLabel={t("declining")}
        />
      </div>
      <FormAlert message={approve.isError ? errorText(approve.error) : undefined} />
    </div>
  );
}
