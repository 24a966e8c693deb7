"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { signInWith } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { sharedSchemaResolver, useFieldMessage } from "@/app/_components/hook-form";
import { useErrorText } from "@/app/_components/use-error-text";

type Values = { code: string };

/**
 * The second step of a sign-in: the code from the app or the email, or a recovery code, sent with
 * the email and password again (nothing is half signed in in between).
 */
export function SecondStepForm({
  credentials,
  onSignedIn,
  onStartOver,
}: {
  credentials: { email: string; password: string };
  onSignedIn: () => void;
  onStartOver: () => void;
}) {
  const t = useTranslations("signIn");
  const fieldMessage = useFieldMessage();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string }>();
  const [resending, setResending] = useState(false);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: sharedSchemaResolver((schemas) => schemas.signInCodeSchema) });

  useEffect(() => setFocus("code"), [setFocus]);

  const submit = handleSubmit(async ({ code }) => {
    setAlert(undefined);
    try {
      const result = await signInWith("credentials", { ...credentials, code });
      if (result.ok) return onSignedIn();
      setAlert({ tone: "error", message: result.error === "CredentialsSignin" ? t("codeFailed") : errorText(null) });
      setFocus("code");
    } catch (error) {
      setAlert({ tone: "error", message: errorText(error) });
    }
  });

  async function resend() {
    setResending(true);
    setAlert(undefined);
    try {
      // The password again without a code: an account with email codes gets a new one.
      await signInWith("credentials", credentials);
      setAlert({ tone: "success", message: t("codeResent") });
    } catch (error) {
      setAlert({ tone: "error", message: errorText(error) });
    }
    setResending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="second-step-heading">
      <div>
        <h2 id="second-step-heading" className="text-lg font-semibold">
          {t("codeTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("codeIntro")}</p>
      </div>
      <FormAlert message={alert?.message} tone={alert?.tone} />
      <FormField
        id="code"
        autoComplete="one-time-code"
        inputMode="text"
        autoCapitalize="off"
        spellCheck={false}
        label={t("code")}
        hint={t("codeHint")}
        error={fieldMessage(errors.code?.message)}
        required
        {...register("code")}
      />
      <button type="submit" className="btn-primary" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("codeSubmit")}
      </button>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <button
          type="button"
          className="font-semibold text-brand-700 underline underline-offset-4"
          onClick={resend}
          disabled={resending}
        >
          {t("resendCode")}
        </button>
        <button
          type="button"
          className="font-semibold text-stone-700 underline underline-offset-4"
          onClick={onStartOver}
        >
          {t("otherAccount")}
        </button>
      </div>
    </form>
  );
}
