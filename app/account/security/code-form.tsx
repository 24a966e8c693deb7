"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { sharedSchemaResolver, showServerFields, useFieldMessage } from "@/app/_components/hook-form";
import { useErrorText } from "@/app/_components/use-error-text";

type Values = { code: string };

/** Six digits that turn a second step on (from the app, or from the email). */
export function CodeForm({
  id,
  label,
  submitLabel,
  onCode,
  onCancel,
}: {
  id: string;
  label: string;
  submitLabel: string;
  onCode: (code: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("security");
  const fieldMessage = useFieldMessage();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: sharedSchemaResolver((schemas) => schemas.confirmCodeSchema) });
  useEffect(() => setFocus("code"), [setFocus]);

  const submit = handleSubmit(async ({ code }) => {
    setAlert(undefined);
    try {
      await onCode(code);
    } catch (error) {
      if (!showServerFields(error, setError, ["code"])) setAlert(errorText(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <FormField
        id={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        className="input max-w-40 font-mono text-lg tracking-widest"
        label={label}
        error={fieldMessage(errors.code?.message)}
        required
        {...register("code")}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : submitLabel}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
