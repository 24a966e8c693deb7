"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { useValidate } from "@/app/_components/validate";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/schemas/limits";

/** The family's tags: each change saves the whole set at once (PUT), so two tabs cannot half-apply. */
export function TagsEditor({ familyId, tags }: { familyId: string; tags: string[] }) {
  const t = useTranslations("coachTools.tags");
  const id = useId();
  const router = useRouter();
  const errorText = useErrorText();
  const validate = useValidate();
  const [fieldError, setFieldError] = useState<string>();
  const save = useMutation({
    mutationFn: (next: string[]) =>
      apiFetch(`/api/v1/families/${familyId}/tags`, { method: "PUT", body: { tags: next } }),
    onSuccess: () => router.refresh(),
    onError: (error) => setFieldError(error instanceof ApiError ? Object.values(error.fields)[0] : undefined),
  });
  const full = tags.length >= MAX_TAGS;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem("tag") as HTMLInputElement;
    const one = await validate((schemas) => schemas.tagField, input.value);
    if (!one.data) {
      setFieldError(Object.values(one.fields)[0]);
      input.focus();
      return;
    }
    if (tags.some((tag) => tag.toLowerCase() === one.data!.toLowerCase())) {
      setFieldError(t("duplicate"));
      input.focus();
      return;
    }
    const all = await validate((schemas) => schemas.tagsInputSchema, { tags: [...tags, one.data] });
    if (!all.data) {
      setFieldError(Object.values(all.fields)[0]);
      return;
    }
    setFieldError(undefined);
    save.mutate(all.data.tags, { onSuccess: () => form.reset() });
  }

  return (
    <section aria-labelledby="coach-tags-heading" className="flex flex-col gap-4 card">
      <div>
        <h2 id="coach-tags-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("hint")}</p>
      </div>
      <FormAlert message={save.isError && !fieldError ? errorText(save.error) : undefined} />
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
                disabled={save.isPending}
                onClick={() => save.mutate(tags.filter((other) => other !== tag))}
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
        <form onSubmit={add} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="sm:w-72">
            <FormField
              id={`${id}-tag`}
              name="tag"
              label={t("newLabel")}
              error={fieldError}
              maxLength={TAG_MAX_LENGTH * 2}
              autoComplete="off"
            />
          </div>
          <button type="submit" className="btn-secondary self-start sm:self-end" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("add")}
          </button>
        </form>
      )}
    </section>
  );
}
