"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { InviteLink } from "./invite-link";
import { useApiForm } from "./use-api-form";

type CreatedInvite = { url: string; token: string; expiresAt: string };

/** Creates a single-use invite link and shows it, ready to copy and send. */
export function InviteCreator({ familyId, askFamilyName }: { familyId?: string; askFamilyName: boolean }) {
  const t = useTranslations("invite");
  const nameId = useId();
  const [created, setCreated] = useState<CreatedInvite>();
  const { submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.createInviteSchema,
    defaultValues: { familyName: "" },
    // An invite into a family names it; a new family may go without a name (the parent's is used).
    toInput: ({ familyName }) => (familyId ? { familyId } : familyName.trim() ? { familyName } : {}),
  });
  const onSubmit = submit(async (input) =>
    setCreated(await apiFetch<CreatedInvite>("/api/v1/invites", { body: input })),
  );

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormAlert message={alert} />
        {askFamilyName && (
          <FormField
            label={t("familyName")}
            hint={t("familyNameHint")}
            maxLength={100}
            {...field("familyName", nameId)}
          />
        )}
        <button type="submit" className="btn-primary self-start" disabled={busy}>
          {busy ? t("creating") : created ? t("createAnother") : t("create")}
        </button>
      </form>
      {created && (
        <InviteLink
          key={created.url}
          url={created.url}
          expiresAt={created.expiresAt}
          heading={t("ready")}
          testId="invite-url"
        />
      )}
    </div>
  );
}
