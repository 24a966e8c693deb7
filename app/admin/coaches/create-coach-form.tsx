"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

/** Name and email; the coach is emailed a link to set a password (or is handed one the admin chose). */
export function CreateCoachForm() {
  const t = useTranslations("admin.coaches");
  const id = useId();
  const [created, setCreated] = useState<string>();
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.createCoachSchema,
    defaultValues: { name: "", email: "", password: "" },
    // Empty: the coach gets a "set your password" link by email.
    toInput: ({ password, ...rest }) => ({ ...rest, password: password || undefined }),
  });

  const onSubmit = submit(
    (input) => {
      setCreated(undefined);
      return apiFetch("/api/v1/admin/coaches", { body: input });
    },
    () => {
      const { name, password } = form.getValues();
      setCreated(password ? t("created", { name: name.trim() }) : t("createdWithLink", { name: name.trim() }));
      form.reset();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <FormAlert tone="success" message={created} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label={t("name")} autoComplete="off" maxLength={100} {...field("name", `${id}-name`)} />
        <FormField type="email" label={t("email")} autoComplete="off" {...field("email", `${id}-email`)} />
        <FormField
          type="password"
          label={t("password")}
          hint={t("passwordHint")}
          autoComplete="new-password"
          {...field("password", `${id}-password`)}
        />
      </div>
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("creating") : t("create")}
      </button>
    </form>
  );
}
