"use client";

import { useTranslations } from "next-intl";
import { apiFetch, signIn } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { StateSelect } from "@/app/_components/state-select";
import { useApiForm } from "@/app/_components/use-api-form";
import { useFreshNavigation } from "@/app/_components/use-fresh-navigation";

export function SignUpForm({ token, newFamily }: { token: string; newFamily: boolean }) {
  const t = useTranslations("signUp");
  const navigate = useFreshNavigation();
  const { form, field, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.signUpSchema,
    defaultValues: { token, name: "", email: "", password: "", state: "" },
  });

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      // Someone joining a family keeps the family's state: only a new family takes one here.
      const { state, ...account } = input;
      await apiFetch("/api/v1/sign-up", { body: newFamily && state ? { ...account, state } : account });
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
      {newFamily && <StateSelect label={t("state")} hint={t("stateHint")} {...field("state")} />}
      <button type="submit" className="btn-primary" disabled={done}>
        {done ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
