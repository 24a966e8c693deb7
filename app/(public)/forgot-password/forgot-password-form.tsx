"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

/** The email to send a link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const [sentTo, setSentTo] = useState<string>();
  const { submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.passwordResetRequestSchema,
    defaultValues: { email: "" },
    // A public page: nothing on it changes.
    refresh: false,
  });
  const onSubmit = submit(async (input) => {
    await apiFetch("/api/v1/password-reset", { body: input });
    setSentTo(input.email);
  });

  if (sentTo)
    return (
      <div role="status" className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("sentTitle")}</h2>
        <p className="text-stone-700">{t("sent", { email: sentTo })}</p>
        <button type="button" className="btn-secondary self-start" onClick={() => setSentTo(undefined)}>
          {t("again")}
        </button>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField type="email" autoComplete="email" label={t("email")} required {...field("email")} />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
