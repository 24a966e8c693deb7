"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "../api-client";
import { FormAlert } from "../form-alert";
import { FormField } from "../form-field";
import { useErrorText } from "../use-error-text";

/** The family's coach suggests someone join it; the family's parents approve (and make the link) or decline. */
export function SuggestInvite({ familyId }: { familyId: string }) {
  const t = useTranslations("familyInvites");
  const router = useRouter();
  const errorText = useErrorText();
  const nameId = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const suggest = useMutation({
    mutationFn: (inviteeName: string | undefined) =>
      apiFetch<{ suggestion: { id: string } }>("/api/v1/invites", { body: { familyId, inviteeName } }),
    onError: (error) => setFieldErrors(error instanceof ApiError ? error.fields : {}),
    onSuccess: () => router.refresh(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldErrors({});
    const form = event.currentTarget;
    suggest.mutate(String(new FormData(form).get("inviteeName") ?? "").trim() || undefined, {
      onSuccess: () => form.reset(),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={suggest.isError ? errorText(suggest.error) : undefined} />
      <FormField
        id={nameId}
        name="inviteeName"
        label={t("suggestName")}
        hint={t("suggestNameHint")}
        error={fieldErrors.inviteeName}
        maxLength={100}
        autoComplete="off"
      />
      <button type="submit" className="btn-primary self-start" disabled={suggest.isPending}>
        {suggest.isPending ? t("suggesting") : t("suggest")}
      </button>
      {suggest.isSuccess && (
        <p role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800">
          {t("suggested")}
        </p>
      )}
    </form>
  );
}
