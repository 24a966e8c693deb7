"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { safeCallbackPath, signInWith } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, PasswordField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";

/** Email and password; an account with a second step goes on to `onSecondStep` for its code. */
export function SignInForm({
  onSecondStep,
}: {
  onSecondStep: (credentials: { email: string; password: string }) => void;
}) {
  const t = useTranslations("signIn");
  const navigate = useFreshNavigation();
  const callbackUrl = useSearchParams().get("callbackUrl");
  const { form, field, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.signInSchema,
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = form.handleSubmit(async (credentials: { email: string; password: string }) => {
    try {
      const result = await signInWith("credentials", credentials);
      if (result.ok) return navigate(safeCallbackPath(callbackUrl));
      if (result.error === "mfa_required") return onSecondStep(credentials);
      form.setError("root", { message: t("failed") });
    } catch (error) {
      showFailure(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField type="email" autoComplete="email" label={t("email")} required {...field("email")} />
      <PasswordField kind="current" label={t("password")} {...field("password")} />
      {/* Stays disabled once signed in, while the next page loads. */}
      <button type="submit" className="btn-primary" disabled={busy || form.formState.isSubmitSuccessful}>
        {busy || form.formState.isSubmitSuccessful ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
