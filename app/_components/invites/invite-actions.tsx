"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { apiFetch } from "@/app/_components/api-client";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { FormAlert } from "@/app/_components/form-alert";
import { InviteLink } from "@/app/_components/invite-link";
import { useErrorText } from "@/app/_components/use-error-text";

type CreatedInvite = { url: string; token: string; expiresAt: string };

/** Revoke (after a confirmation) or make a fresh link, which is shown ready to copy. */
export function InviteActions({ inviteId, what }: { inviteId: string; what: string }) {
  const t = useTranslations("pendingInvites");
  const errorText = useErrorText();
  const resend = useMutation({
    mutationFn: () => apiFetch<CreatedInvite>(`/api/v1/invites/${inviteId}/resend`, { method: "POST" }),
  });

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <button
          type="button"
          className="btn-secondary"
          aria-label={t("resendLabel", { what })}
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {resend.isPending ? t("resending") : t("resend")}
        </button>
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
