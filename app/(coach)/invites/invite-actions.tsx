"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { DeleteButton } from "@/app/_components/care-team/delete-button";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

type CreatedInvite = { url: string; token: string; expiresAt: string };

/** Revoke (after a confirmation) or make a fresh link, which is shown ready to copy. */
export function InviteActions({ inviteId, what }: { inviteId: string; what: string }) {
  const t = useTranslations("pendingInvites");
  const format = useFormatter();
  const errorText = useErrorText();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const resend = useMutation({ mutationFn: () => apiFetch<CreatedInvite>(`/api/v1/invites/${inviteId}/resend`, { method: "POST" }) });

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-3">
        <button type="button" className="btn-secondary" aria-label={t("resendLabel", { what })} disabled={resend.isPending} onClick={() => { setCopied(false); resend.mutate(); }}>
          {resend.isPending ? t("resending") : t("resend")}
        </button>
        <DeleteButton path={`/api/v1/invites/${inviteId}`} label={t("revoke")} accessibleName={t("revokeLabel", { what })} confirmTitle={t("revokeTitle")} confirmBody={t("revokeBody")} />
      </div>
      <FormAlert message={resend.isError ? errorText(resend.error) : undefined} />
      {resend.data && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4" aria-live="polite">
          <p className="text-sm font-semibold text-brand-800">{t("newLink")}</p>
          <label htmlFor={`${id}-url`} className="mt-2 block text-sm text-stone-700">
            {t("linkLabel")}
          </label>
          <input id={`${id}-url`} data-testid="resent-invite-url" readOnly value={resend.data.url} className="input mt-1 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              className="btn-secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(resend.data.url);
                  setCopied(true);
                } catch {
                  document.getElementById(`${id}-url`)?.focus();
                }
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
            <p className="text-sm text-stone-700">{t("newExpiry", { date: format.dateTime(new Date(resend.data.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
          </div>
        </div>
      )}
    </div>
  );
}
