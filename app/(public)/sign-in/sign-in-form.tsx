"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";
import { useState, type FormEvent } from "react";
import { safeCallbackPath, signInWith } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { focusFirstInvalid, useValidate } from "@/app/_components/validate";

/** Email and password; an account with a second step goes on to `onSecondStep` for its code. */
export function SignInForm({
  onSecondStep,
}: {
  onSecondStep: (credentials: { email: string; password: string }) => void;
}) {
  const t = useTranslations("signIn");
  const navigate = useFreshNavigation();
  const errorText = useErrorText();
  const validate = useValidate();
  const callbackUrl = useSearchParams().get("callbackUrl");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const { data, fields: invalid } = await validate((schemas) => schemas.signInSchema, {
      email: form.get("email"),
      password: form.get("password"),
    });
    setFields(invalid);
    setAlert(undefined);
    if (!data) return focusFirstInvalid(formElement, invalid);
    setBusy(true);
    try {
      const result = await signInWith("credentials", data);
      if (result.ok) {
        navigate(safeCallbackPath(callbackUrl));
        return;
      }
      if (result.error === "mfa_required") return onSecondStep(data);
      setAlert(t("failed"));
    } catch (error) {
      setAlert(errorText(error));
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        error={fields.email}
        required
      />
      <FormField
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        error={fields.password}
        required
      />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
