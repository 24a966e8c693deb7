"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { useErrorText } from "./use-error-text";

type CreatedInvite = { url: string; token: string; expiresAt: string };

/** Creates a single-use invite link and shows it, ready to copy and send. */
export function InviteCreator({ familyId, askFamilyName }: { familyId?: string; askFamilyName: boolean }) {
  const t = useTranslations("invite");
  const format = useFormatter();
  const errorText = useErrorText();
  const nameId = useId();
  const [copied, setCopied] = useState<"yes" | "select" | false>(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (familyName: string) =>
      apiFetch<CreatedInvite>("/api/v1/invites", { body: familyId ? { familyId } : familyName ? { familyName } : {} }),
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCopied(false);
    setFieldErrors({});
    create.mutate(String(new FormData(event.currentTarget).get("familyName") ?? "").trim());
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormAlert message={create.isError ? errorText(create.error) : undefined} />
        {askFamilyName && (
          <FormField id={nameId} name="familyName" label={t("familyName")} hint={t("familyNameHint")} error={fieldErrors.familyName} maxLength={100} />
        )}
        <button type="submit" className="btn-primary self-start" disabled={create.isPending}>
          {create.isPending ? t("creating") : create.data ? t("createAnother") : t("create")}
        </button>
      </form>
      {create.data && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4" aria-live="polite">
          <p className="text-sm font-semibold text-brand-800">{t("ready")}</p>
          <label htmlFor={`${nameId}-url`} className="mt-2 block text-sm text-stone-700">
            {t("linkLabel")}
          </label>
          <input id={`${nameId}-url`} data-testid="invite-url" readOnly value={create.data.url} className="input mt-1 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              className="btn-secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(create.data.url);
                  setCopied("yes");
                } catch {
                  // No clipboard (a page not served over HTTPS): select the link for the person to copy.
                  document.getElementById(`${nameId}-url`)?.focus();
                  setCopied("select");
                }
              }}
            >
              {copied === "yes" ? t("copied") : t("copy")}
            </button>
            {copied === "select" && <p className="text-sm text-stone-700">{t("copyManually")}</p>}
            <p className="text-sm text-stone-700">
              {t("expires", { date: format.dateTime(new Date(create.data.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
