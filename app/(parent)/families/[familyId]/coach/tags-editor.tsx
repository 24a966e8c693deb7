"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { Section } from "@/app/_components/section";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { useErrorText } from "@/app/_components/use-error-text";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/schemas/limits";

/** The family's tags: each change saves the whole set at once (PUT), so two tabs cannot half-apply. */
export function TagsEditor({ familyId, tags }: { familyId: string; tags: string[] }) {
  const t = useTranslations("coachTools.tags");
  const id = useId();
  const router = useRouter();
  const errorText = useErrorText();
  const put = (next: string[]) =>
    apiFetch(`/api/v1/families/${familyId}/tags`, { method: "PUT", body: { tags: next } });
  const remove = useMutation({ mutationFn: put, onSuccess: () => router.refresh() });
  const { form, submit, field, fieldError, alert, busy } = useApiForm({
    schema: (schemas) => schemas.newTagSchema(tags),
    defaultValues: { tag: "" },
    // The server names the set ("tags", "tags.3"); the person typed one tag.
    serverFields: (fields): Record<string, string> => {
      const first = Object.values(fields)[0];
      return first ? { tag: first } : {};
    },
  });
  const onSubmit = submit(
    ({ tag }) => put([...tags, tag]),
    () => form.reset(),
  );
  const full = tags.length >= MAX_TAGS;
  const saving = busy || remove.isPending;

  return (
    <Section id="coach-tags-heading" title={t("heading")} intro={t("hint")} className="flex flex-col gap-4 card">
      <FormAlert message={remove.isError ? errorText(remove.error) : fieldError("tag") ? undefined : alert} />
      {tags.length === 0 ? (
        <p className="text-sm text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li
              key={tag}
              className="flex items-center gap-1 rounded-full border border-brand-100 bg-brand-50 py-1 pr-1 pl-3 text-sm font-medium text-brand-800"
            >
              {tag}
              <button
                type="button"
                className="inline-flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
                aria-label={t("remove", { tag })}
                disabled={saving}
                onClick={() => remove.mutate(tags.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="text-sm text-stone-700">{t("full")}</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="sm:w-72">
            <FormField
              label={t("newLabel")}
              maxLength={TAG_MAX_LENGTH * 2}
              autoComplete="off"
              {...field("tag", `${id}-tag`)}
            />
          </div>
          <button type="submit" className="btn-secondary self-start sm:self-end" disabled={saving}>
            {saving ? t("saving") : t("add")}
          </button>
        </form>
      )}
    </Section>
  );
}
