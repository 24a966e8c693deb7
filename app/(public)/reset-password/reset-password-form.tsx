"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

const LINK_PROBLEMS = new Set(["reset_token_invalid", "reset_token_used", "reset_token_expired"]);

/** The new password, twice; the token rides along from the link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const [done, setDone] = useState(false);
  const [askAgain, setAskAgain] = useState(false);
  const { form, field, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.newPasswordFormSchema,
    defaultValues: { newPassword: "", confirmPassword: "" },
  });

  // A spent or broken link cannot be fixed on this form: the alert offers a new one instead.
  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    setAskAgain(false);
    try {
      await apiFetch("/api/v1/password-reset/complete", { body: { token, newPassword } });
      setDone(true);
    } catch (error) {
      setAskAgain(error instanceof ApiError && LINK_PROBLEMS.has(error.code));
      showFailure(error);
    }
  });

  if (done)
    return (
      <div role="status" className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("doneTitle")}</h2>
        <p className="text-stone-700">{t("done")}</p>
        <Link href="/sign-in" className="btn-primary self-start">
          {t("signIn")}
        </Link>
      </div>
    );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      {askAgain && (
        <Link href="/forgot-password" className="btn-secondary self-start">
          {t("askAgain")}
        </Link>
      )}
      <PasswordField kind="new" label={t("newPassword")} hint={t("hint")} {...field("newPassword")} />
      <PasswordField kind="new" label={t("confirmPassword")} {...field("confirmPassword")} />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
