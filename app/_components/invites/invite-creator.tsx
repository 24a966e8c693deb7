"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { InviteLink } from "./invite-link";
import { useErrorText } from "./use-error-text";

type CreatedInvite = { url: string; token: string; expiresAt: string };

/** Creates a single-use invite link and shows it, ready to copy and send. */
export function InviteCreator({ familyId, askFamilyName }: { familyId?: string; askFamilyName: boolean }) {
  const t = useTranslations("invite");
  const errorText = useErrorText();
  const nameId = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (familyName: string) =>
      apiFetch<CreatedInvite>("/api/v1/invites", { body: familyId ? { familyId } : familyName ? { familyName } : {} }),
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldErrors({});
    create.mutate(String(new FormData(event.currentTarget).get("familyName") ?? "").trim());
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormAlert message={create.isError ? errorText(create.error) : undefined} />
        {askFamilyName && (
          <FormField
            id={nameId}
            name="familyName"
            label={t("familyName")}
            hint={t("familyNameHint")}
            error={fieldErrors.familyName}
            maxLength={100}
          />
        )}
        <button type="submit" className="btn-primary self-start" disabled={create.isPending}>
          {create.isPending ? t("creating") : create.data ? t("createAnother") : t("create")}
        </button>
      </form>
      {create.data && (
        <InviteLink
          key={create.data.url}
          url={create.data.url}
          expiresAt={create.data.expiresAt}
          heading={t("ready")}
          testId="invite-url"
        />
      )}
    </div>
  );
}
