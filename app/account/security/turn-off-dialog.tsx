"use client";

import { useTranslations } from "next-intl";
import { apiFetch } from "@/app/_components/api-client";
import { DialogPanel, DialogSubmitOrCancel } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";
import { useApiForm } from "@/app/_components/use-api-form";

export type TurnOffProps = { method: "totp" | "email" };

/** Turning a second step off asks for proof again: a code, or else the password. */
export default function TurnOffDialog({ method, ...dialog }: TurnOffProps & DialogBodyProps) {
  const t = useTranslations("security");
  const { submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.proofFormSchema,
    defaultValues: { code: "", password: "" },
  });
  const name = method === "totp" ? t("methodApp") : t("methodEmail");

  // The API takes one proof or the other: the code when one was typed, else the password.
  const onSubmit = submit(
    ({ code, password }) =>
      apiFetch(`/api/v1/me/mfa/${method}`, { method: "DELETE", body: code ? { code } : { password } }),
    () => dialog.onOpenChange(false),
  );

  return (
    <DialogPanel
      dialog={dialog}
      title={t("turnOffTitle", { method: name })}
      description={t("turnOffBody")}
      width="max-w-md"
    >
      <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
        <FormAlert message={alert} />
        <FormField
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          label={t("proofCode")}
          {...field("code", `${method}-proof-code`)}
        />
        <FormField
          type="password"
          autoComplete="current-password"
          label={t("proofPassword")}
          {...field("password", `${method}-proof-password`)}
        />
        <DialogSubmitOrCancel tone="danger" busy={busy} submitLabel={t("appTurnOff")} workingLabel={t("turningOff")} />
      </form>
    </DialogPanel>
  );
}
