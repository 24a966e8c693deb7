"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { signInWith } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

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
  const [resent, setResent] = useState(false);
  const [resending, setResending] = useState(false);
  const { form, field, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.signInCodeSchema,
    defaultValues: { code: "" },
  });

  useEffect(() => form.setFocus("code"), [form]);

  const onSubmit = form.handleSubmit(async ({ code }) => {
    setResent(false);
    try {
      const result = await signInWith("credentials", { ...credentials, code });
      if (result.ok) return onSignedIn();
      // Anything but a wrong code is the server's trouble: the general apology, not "try again".
      if (result.error !== "CredentialsSignin") return showFailure(result.error);
      form.setError("root", { type: "server", message: t("codeFailed") });
      form.setFocus("code");
    } catch (error) {
      showFailure(error);
    }
  });

  async function resend() {
    setResending(true);
    setResent(false);
    form.clearErrors("root");
    try {
      // The password again without a code: an account with email codes gets a new one.
      await signInWith("credentials", credentials);
      setResent(true);
    } catch (error) {
      showFailure(error);
    }
    setResending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="second-step-heading">
      <div>
        <h2 id="second-step-heading" className="text-lg font-semibold">
          {t("codeTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("codeIntro")}</p>
      </div>
      {alert ? (
        <FormAlert message={alert} />
      ) : (
        <FormAlert tone="success" message={resent ? t("codeResent") : undefined} />
      )}
      <FormField
        autoComplete="one-time-code"
        inputMode="text"
        autoCapitalize="off"
        spellCheck={false}
        label={t("code")}
        hint={t("codeHint")}
        required
        {...field("code")}
      />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t("submitting") : t("codeSubmit")}
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
