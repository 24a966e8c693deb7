"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { CreatedInvite } from "@/lib/invites/insert";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "../api-client";
import { FormAlert } from "../form-alert";
import { FormField } from "../form-field";
import { useErrorText } from "../use-error-text";
import { InviteLink } from "./invite-link";

/**
 * Creates a single-use invite link and shows it, ready to copy and send: a coach's for a new family
 * (`askFamilyName`), or a parent's for someone to join their family (`familyId`, with whom it is for).
 */
export function InviteCreator({ familyId, askFamilyName }: { familyId?: string; askFamilyName: boolean }) {
  const t = useTranslations("invite");
  const router = useRouter();
  const errorText = useErrorText();
  const nameId = useId();
  const inviteeId = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (fields: { familyName?: string; inviteeName?: string }) =>
      apiFetch<CreatedInvite>("/api/v1/invites", { body: familyId ? { familyId, ...fields } : fields }),
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fields : {}),
    // The family's list of links not used yet shows the new one too.
    onSuccess: () => familyId && router.refresh(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldErrors({});
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    create.mutate(familyId ? { inviteeName: text("inviteeName") } : { familyName: text("familyName") });
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
        {familyId && (
          <FormField
            id={inviteeId}
            name="inviteeName"
            label={t("inviteeName")}
            hint={t("inviteeNameHint")}
            error={fieldErrors.inviteeName}
            maxLength={100}
            autoComplete="off"
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
