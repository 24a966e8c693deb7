"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

/** Name and email; the coach is emailed a link to set a password (or is handed one the admin chose). */
export function CreateCoachForm() {
  const t = useTranslations("admin.coaches");
  const id = useId();
  const { fields, alert, busy, send } = useApiForm();
  const [created, setCreated] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const data = new FormData(target);
    const input = {
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      // Empty: the coach gets a "set your password" link by email.
      password: String(data.get("password") ?? "") || undefined,
    };
    setCreated(undefined);
    if (
      await send(
        target,
        (schemas) => schemas.createCoachSchema,
        input,
        (body) => apiFetch("/api/v1/admin/coaches", { body }),
      )
    ) {
      setCreated(
        input.password ? t("created", { name: input.name.trim() }) : t("createdWithLink", { name: input.name.trim() }),
      );
      target.reset();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <FormAlert tone="success" message={created} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id={`${id}-name`}
          name="name"
          label={t("name")}
          error={fields.name}
          autoComplete="off"
          maxLength={100}
        />
        <FormField
          id={`${id}-email`}
          name="email"
          type="email"
          label={t("email")}
          error={fields.email}
          autoComplete="off"
        />
        <FormField
          id={`${id}-password`}
          name="password"
          type="password"
          label={t("password")}
          hint={t("passwordHint")}
          error={fields.password}
          autoComplete="new-password"
        />
      </div>
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("creating") : t("create")}
      </button>
    </form>
  );
}
