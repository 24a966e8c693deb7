"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { apiFetch } from "@/app/_components/api-client";
import { DialogPanel, useFormDialog } from "@/app/_components/dialog-panel";
import { FormAlert } from "@/app/_components/form-alert";
import { DialogSubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

/** Turning a second step off asks for proof again: a code, or else the password. */
export function TurnOffButton({ method }: { method: "totp" | "email" }) {
  const t = useTranslations("security");
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.proofFormSchema,
    defaultValues: { code: "", password: "" },
  });
  const dialog = useFormDialog(() => form.reset());
  const name = method === "totp" ? t("methodApp") : t("methodEmail");

  // The API takes one proof or the other: the code when one was typed, else the password.
  const onSubmit = submit(
    ({ code, password }) =>
      apiFetch(`/api/v1/me/mfa/${method}`, { method: "DELETE", body: code ? { code } : { password } }),
    () => dialog.close(),
  );

  return (
    <Dialog.Root open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <Dialog.Trigger className="btn border border-red-300 bg-white text-red-800 hover:bg-red-50">
        {t("appTurnOff")}
      </Dialog.Trigger>
      <DialogPanel title={t("turnOffTitle", { method: name })} description={t("turnOffBody")} width="max-w-md">
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
          <DialogSubmitOrCancel
            tone="danger"
            busy={busy}
            submitLabel={t("appTurnOff")}
            workingLabel={t("turningOff")}
          />
        </form>
      </DialogPanel>
    </Dialog.Root>
  );
}
