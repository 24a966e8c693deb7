"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { sharedSchemaResolver, showServerFields, useFieldMessage } from "@/app/_components/hook-form";
import { useErrorText } from "@/app/_components/use-error-text";

type Values = { newPassword: string; confirmPassword: string };

const LINK_PROBLEMS = new Set(["reset_token_invalid", "reset_token_used", "reset_token_expired"]);

/** The new password, twice; the token rides along from the link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const fieldMessage = useFieldMessage();
  const errorText = useErrorText();
  const [done, setDone] = useState(false);
  const [alert, setAlert] = useState<{ message: string; askAgain: boolean }>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: sharedSchemaResolver((schemas) => schemas.newPasswordFormSchema) });

  const submit = handleSubmit(async ({ newPassword }) => {
    setAlert(undefined);
    try {
      await apiFetch("/api/v1/password-reset/complete", { body: { token, newPassword } });
      setDone(true);
    } catch (error) {
      const linkProblem = error instanceof ApiError && LINK_PROBLEMS.has(error.code);
      if (!linkProblem) showServerFields(error, setError, ["newPassword"]);
      setAlert({ message: errorText(error), askAgain: linkProblem });
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
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert?.message} />
      {alert?.askAgain && (
        <Link href="/forgot-password" className="btn-secondary self-start">
          {t("askAgain")}
        </Link>
      )}
      <FormField
        id="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("hint")}
        error={fieldMessage(errors.newPassword?.message)}
        required
        {...register("newPassword")}
      />
      <FormField
        id="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        error={fieldMessage(errors.confirmPassword?.message)}
        required
        {...register("confirmPassword")}
      />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
