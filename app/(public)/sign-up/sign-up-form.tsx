"use client";

import { useTranslations } from "next-intl";
import { apiFetch, signIn } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";

export function SignUpForm({ token }: { token: string }) {
  const t = useTranslations("signUp");
  const navigate = useFreshNavigation();
  const { form, field, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.signUpSchema,
    defaultValues: { token, name: "", email: "", password: "" },
  });

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      await apiFetch("/api/v1/sign-up", { body: input });
      await signIn(input.email, input.password);
      navigate("/");
    } catch (error) {
      showFailure(error);
    }
  });

  const done = busy || form.formState.isSubmitSuccessful;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert} />
      <FormField autoComplete="name" label={t("name")} hint={t("nameHint")} required {...field("name")} />
      <FormField type="email" autoComplete="email" label={t("email")} required {...field("email")} />
      <FormField
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        required
        {...field("password")}
      />
      <button type="submit" className="btn-primary" disabled={done}>
        {done ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
