"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { CreatedInvite } from "@/lib/invites/insert";
import { apiFetch } from "../api-client";
import { FormAlert } from "../form-alert";
import { FormField } from "../form-field";
import { useApiForm } from "../use-api-form";
import { InviteLink } from "./invite-link";

/**
 * Creates a single-use invite link and shows it, ready to copy and send: a coach's for a new family
 * (`askFamilyName`), or a parent's for someone to join their family (`familyId`, with whom it is for).
 */
export function InviteCreator({ familyId, askFamilyName }: { familyId?: string; askFamilyName: boolean }) {
  const t = useTranslations("invite");
  const nameId = useId();
  const inviteeId = useId();
  const [created, setCreated] = useState<CreatedInvite>();
  const { submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.createInviteSchema,
    defaultValues: { familyName: "", inviteeName: "" },
    // An invite into a family says whom it is for; a new family may go without a name (the parent's is used).
    toInput: ({ familyName, inviteeName }) => {
      const text = (value: string) => value.trim() || undefined;
      return familyId ? { familyId, inviteeName: text(inviteeName) } : { familyName: text(familyName) };
    },
  });
  // The family's list of links not used yet shows the new one too (useApiForm refreshes the page).
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
        {familyId && (
          <FormField
            label={t("inviteeName")}
            hint={t("inviteeNameHint")}
            maxLength={100}
            autoComplete="off"
            {...field("inviteeName", inviteeId)}
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
