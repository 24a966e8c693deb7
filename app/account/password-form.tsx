"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { PasswordField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

export function PasswordForm() {
  const t = useTranslations("account");
  const [changed, setChanged] = useState(false);
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "" },
  });

  const onSubmit = submit(
    (input) => {
      setChanged(false);
      return apiFetch("/api/v1/me/password", { body: input });
    },
    () => {
      form.reset();
      setChanged(true);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormAlert tone="success" message={changed ? t("passwordChanged") : undefined} />
      <PasswordField kind="current" label={t("currentPassword")} {...field("currentPassword")} />
      <PasswordField kind="new" label={t("newPassword")} hint={t("passwordHint")} {...field("newPassword")} />
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("saving") : t("changePassword")}
      </button>
    </form>
  );
}
