"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { sharedSchemaResolver, showServerFields, useFieldMessage } from "@/app/_components/hook-form";
import { useErrorText } from "@/app/_components/use-error-text";

type Values = { email: string };

/** The email to send a link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const fieldMessage = useFieldMessage();
  const errorText = useErrorText();
  const [sentTo, setSentTo] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: sharedSchemaResolver((schemas) => schemas.passwordResetRequestSchema) });

  const submit = handleSubmit(async (values) => {
    setAlert(undefined);
    try {
      await apiFetch("/api/v1/password-reset", { body: values });
      setSentTo(values.email);
    } catch (error) {
      showServerFields(error, setError, ["email"]);
      setAlert(errorText(error));
    }
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
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField
        id="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        error={fieldMessage(errors.email?.message)}
        required
        {...register("email")}
      />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
