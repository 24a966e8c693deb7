"use client";

import { useTranslations } from "next-intl";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch, signIn } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { focusFirstInvalid, useValidate } from "@/app/_components/validate";

export function SignUpForm({ token }: { token: string }) {
  const t = useTranslations("signUp");
  const navigate = useFreshNavigation();
  const errorText = useErrorText();
  const validate = useValidate();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const { data, fields: invalid } = await validate((schemas) => schemas.signUpSchema, {
      token,
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    setFields(invalid);
    setAlert(undefined);
    if (!data) return focusFirstInvalid(formElement, invalid);
    setBusy(true);
    try {
      await apiFetch("/api/v1/sign-up", { body: data });
      await signIn(data.email, data.password);
      navigate("/");
      return;
    } catch (error) {
      if (error instanceof ApiError) {
        setFields(error.fields);
        focusFirstInvalid(formElement, error.fields);
      }
      setAlert(errorText(error));
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField
        id="name"
        name="name"
        autoComplete="name"
        label={t("name")}
        hint={t("nameHint")}
        error={fields.name}
        required
      />
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
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={fields.password}
        required
      />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
