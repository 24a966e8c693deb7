"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { CreatedInvite } from "@/lib/invites/insert";
import { apiFetch } from "../api-client";
import { DeleteButton } from "../care-team/delete-button";
import { FormAlert } from "../form-alert";
import { useErrorText } from "../use-error-text";
import { InviteLink } from "./invite-link";

/**
 * Revoke (after a confirmation) or make a fresh link, which is shown ready to copy. `canResend`:
 * false for an admin, who may withdraw a coach's link but never send one.
 */
export function InviteActions({ inviteId, what, canResend }: { inviteId: string; what: string; canResend: boolean }) {
  const t = useTranslations("pendingInvites");
  const errorText = useErrorText();
  const resend = useMutation({
    mutationFn: () => apiFetch<CreatedInvite>(`/api/v1/invites/${inviteId}/resend`, { method: "POST" }),
  });

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        {canResend && (
          <button
            type="button"
            className="btn-secondary"
            aria-label={t("resendLabel", { what })}
            disabled={resend.isPending}
            onClick={() => resend.mutate()}
          >
            {resend.isPending ? t("resending") : t("resend")}
          </button>
        )}
        <DeleteButton
          path={`/api/v1/invites/${inviteId}`}
          label={t("revoke")}
          accessibleName={t("revokeLabel", { what })}
          confirmTitle={t("revokeTitle")}
          confirmBody={t("revokeBody")}
        />
      </div>
      <FormAlert message={resend.isError ? errorText(resend.error) : undefined} />
      {resend.data && (
        <InviteLink
          key={resend.data.url}
          url={resend.data.url}
          expiresAt={resend.data.expiresAt}
          heading={t("newLink")}
          testId="resent-invite-url"
        />
      )}
    </div>
  );
}
