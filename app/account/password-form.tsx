"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { focusFirstInvalid, useValidate } from "@/app/_components/validate";

export function PasswordForm() {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const validate = useValidate();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string }>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const { data, fields: invalid } = await validate((schemas) => schemas.changePasswordSchema, {
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
    });
    setFields(invalid);
    setAlert(undefined);
    if (!data) return focusFirstInvalid(formElement, invalid);
    setBusy(true);
    try {
      await apiFetch("/api/v1/me/password", { body: data });
      formElement.reset();
      setAlert({ tone: "success", message: t("passwordChanged") });
    } catch (error) {
      if (error instanceof ApiError) {
        setFields(error.fields);
        focusFirstInvalid(formElement, error.fields);
      }
      setAlert({ tone: "error", message: errorText(error) });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert?.message} tone={alert?.tone} />
      <FormField
        id="currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        error={fields.currentPassword}
        required
      />
      <FormField
        id="newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        error={fields.newPassword}
        required
      />
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("saving") : t("changePassword")}
      </button>
    </form>
  );
}
