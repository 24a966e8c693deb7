"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { randomUuid } from "@/app/_components/random-uuid";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField, TextAreaField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";

type Family = { id: string; name: string };

/**
 * A coach sends this article into a family's conversation, where it shows as a card. One message
 * id per share, kept across retries, so a retry after a lost answer never sends it twice.
 */
export function ShareArticle({ families, articleUrl }: { families: Family[]; articleUrl: string }) {
  const t = useTranslations("articles.share");
  const id = useId();
  // One message id per share, kept across retries and renewed once it went through.
  const [messageId, setMessageId] = useState(randomUuid);
  const [sharedWith, setSharedWith] = useState<Family | null>(null);
  const { form, submit, field, alert, busy } = useApiForm({
    defaultValues: { familyId: families[0]?.id ?? "", note: "" },
  });
  const onSubmit = submit(
    ({ familyId, note }) => {
      const body = note.trim() ? `${note.trim()}\n\n${articleUrl}` : articleUrl;
      return apiFetch(`/api/v1/families/${familyId}/messages`, { body: { clientMessageId: messageId, body } });
    },
    () => {
      setSharedWith(families.find((family) => family.id === form.getValues("familyId")) ?? null);
      form.resetField("note");
      setMessageId(randomUuid());
    },
  );

  if (families.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="no-print flex flex-col gap-3 card">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        <SelectField label={t("family")} {...field("familyId", `${id}-family`)}>
          {families.map((family) => (
            <option key={family.id} value={family.id}>
              {family.name}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t("note")} className="min-h-20" maxLength={2000} {...field("note", `${id}-note`)} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("sharing") : t("share")}
        </button>
      </form>
      <FormAlert message={alert} />
      {sharedWith && (
        <p role="status" className="text-sm text-brand-800">
          {t("shared", { family: sharedWith.name })}{" "}
          <Link href={`/families/${sharedWith.id}/messages`} className="font-semibold underline underline-offset-4">
            {t("open")}
          </Link>
        </p>
      )}
    </section>
  );
}
