"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField, SelectField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { locales } from "@/lib/core/i18n/locales";
import {
  LETTER_TEMPLATES,
  lettersPath,
  type Letter,
  type LetterTemplate,
} from "@/app/_components/requests/request-types";

type Values = {
  template: LetterTemplate;
  childId: string;
  recipientName: string;
  recipientOrganization: string;
  locale: string;
};

type Prefill = {
  template?: LetterTemplate;
  childId?: string;
  service?: { id: string; label: string };
  provider?: { id: string; name: string };
};

/** Which letter, for which child, to whom: Clarity writes the first draft from the record. */
export function NewLetterForm({
  familyId,
  locale,
  familyChildren,
  prefill,
}: {
  familyId: string;
  locale: string;
  familyChildren: { id: string; name: string }[];
  prefill: Prefill;
}) {
  const t = useTranslations("letters");
  const kinds = useTranslations("requests.kinds");
  const languages = useTranslations("language");
  const router = useRouter();
  const id = useId();
  const { submit, field, alert, busy } = useApiForm<Values>({
    refresh: false,
    defaultValues: {
      template: prefill.template ?? "service-request",
      childId: prefill.childId ?? familyChildren[0]?.id ?? "",
      recipientName: prefill.template === "qualification-question" ? (prefill.provider?.name ?? "") : "",
      recipientOrganization: "",
      locale: locale === "es" ? "es" : "en",
    },
    serverFields: (fields) =>
      Object.fromEntries(
        Object.entries(fields).map(([name, message]) => [
          name === "recipient.name"
            ? "recipientName"
            : name === "recipient.organization"
              ? "recipientOrganization"
              : name,
          message,
        ]),
      ),
  });
  const onSubmit = submit(async (values) => {
    const { letter } = await apiFetch<{ letter: Letter }>(lettersPath(familyId), {
      body: {
        template: values.template,
        childId: values.childId,
        ...(prefill.service ? { serviceIds: [prefill.service.id] } : {}),
        ...(prefill.provider ? { providerId: prefill.provider.id } : {}),
        recipient: {
          name: values.recipientName.trim(),
          ...(values.recipientOrganization.trim() ? { organization: values.recipientOrganization.trim() } : {}),
        },
        locale: values.locale,
      },
    });
    router.push(`/families/${familyId}/letters/${letter.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4 card">
      <FormAlert message={alert} />
      {prefill.service && (
        <p className="font-semibold text-stone-800">{t("aboutService", { service: prefill.service.label })}</p>
      )}
      {prefill.provider && (
        <p className="font-semibold text-stone-800">{t("aboutProvider", { name: prefill.provider.name })}</p>
      )}
      <SelectField label={t("template")} {...field("template", `${id}-template`)}>
        {LETTER_TEMPLATES.map((template) => (
          <option key={template} value={template}>
            {kinds(template)}
          </option>
        ))}
      </SelectField>
      {familyChildren.length > 1 && (
        <SelectField label={t("child")} {...field("childId", `${id}-child`)}>
          {familyChildren.map((child) => (
            <option key={child.id} value={child.id}>
              {child.name}
            </option>
          ))}
        </SelectField>
      )}
      <FormField
        label={t("recipientName")}
        hint={t("recipientHint")}
        autoComplete="off"
        maxLength={200}
        {...field("recipientName", `${id}-recipient`)}
      />
      <FormField
        label={t("recipientOrganization")}
        hint={t("optional")}
        autoComplete="organization"
        maxLength={200}
        {...field("recipientOrganization", `${id}-organization`)}
      />
      <SelectField label={t("language")} {...field("locale", `${id}-locale`)}>
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {languages(`name.${option}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("writing") : t("write")}
      </button>
    </form>
  );
}
