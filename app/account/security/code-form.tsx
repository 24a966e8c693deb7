"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

/**
 * Six digits that turn a second step on (from the app, or from the email). The caller decides what
 * follows (the app's setup still has recovery codes to show), so the page is not refreshed here.
 */
export function CodeForm({
  id,
  label,
  submitLabel,
  onCode,
  onCancel,
}: {
  id: string;
  label: string;
  submitLabel: string;
  onCode: (code: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("security");
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.confirmCodeSchema,
    defaultValues: { code: "" },
    refresh: false,
  });
  useEffect(() => form.setFocus("code"), [form]);
  const onSubmit = submit(({ code }) => onCode(code));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <FormField
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        className="input max-w-40 font-mono text-lg tracking-widest"
        label={label}
        required
        {...field("code", id)}
      />
      <SubmitOrCancel busy={busy} submitLabel={submitLabel} workingLabel={t("saving")} onCancel={onCancel} />
    </form>
  );
}
