"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { sharedSchemaResolver, showServerFields, useFieldMessage } from "@/app/_components/hook-form";
import { useErrorText } from "@/app/_components/use-error-text";

type Values = { code: string; password: string };

/** Turning a second step off asks for proof again: a code, or else the password. */
export function TurnOffButton({ method }: { method: "totp" | "email" }) {
  const t = useTranslations("security");
  const router = useRouter();
  const fieldMessage = useFieldMessage();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [alert, setAlert] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: sharedSchemaResolver((schemas) => schemas.proofFormSchema),
    defaultValues: { code: "", password: "" },
  });
  const name = method === "totp" ? t("methodApp") : t("methodEmail");

  const submit = handleSubmit(async ({ code, password }) => {
    setAlert(undefined);
    try {
      await apiFetch(`/api/v1/me/mfa/${method}`, { method: "DELETE", body: code ? { code } : { password } });
      setOpen(false);
      reset();
      router.refresh();
    } catch (error) {
      if (!showServerFields(error, setError, ["code", "password"])) setAlert(errorText(error));
    }
  });

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <Dialog.Trigger className="btn border border-red-300 bg-white text-red-800 hover:bg-red-50">
        {t("appTurnOff")}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <Dialog.Content className="fixed inset-x-4 top-[10vh] z-50 mx-auto max-w-md rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-bold">{t("turnOffTitle", { method: name })}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">{t("turnOffBody")}</Dialog.Description>
          <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-4">
            <FormAlert message={alert} />
            <FormField
              id={`${method}-proof-code`}
              autoComplete="one-time-code"
              autoCapitalize="off"
              spellCheck={false}
              label={t("proofCode")}
              error={fieldMessage(errors.code?.message)}
              {...register("code")}
            />
            <FormField
              id={`${method}-proof-password`}
              type="password"
              autoComplete="current-password"
              label={t("proofPassword")}
              error={fieldMessage(errors.password?.message)}
              {...register("password")}
            />
            <div className="flex flex-wrap justify-end gap-3">
              <Dialog.Close className="btn-secondary">{t("cancel")}</Dialog.Close>
              <button type="submit" className="btn bg-red-800 text-white hover:bg-red-900" disabled={isSubmitting}>
                {isSubmitting ? t("turningOff") : t("appTurnOff")}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
