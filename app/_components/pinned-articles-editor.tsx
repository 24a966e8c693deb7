"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { useErrorText } from "./use-error-text";

const MAX_PINNED = 3;

/** The coach chooses up to three articles for the family's home; saved with PUT pinned-articles. */
export function PinnedArticlesEditor({
  familyId,
  articles,
  pinned,
}: {
  familyId: string;
  articles: { slug: string; title: string }[];
  pinned: string[];
}) {
  const t = useTranslations("coachRecommends");
  const errorText = useErrorText();
  const router = useRouter();
  const hintId = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>(pinned);
  const save = useMutation({
    mutationFn: (slugs: string[]) =>
      apiFetch(`/api/v1/families/${familyId}/pinned-articles`, { method: "PUT", body: { slugs } }),
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  function toggle(slug: string, checked: boolean) {
    setChosen((current) => (checked ? [...current, slug] : current.filter((item) => item !== slug)));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(chosen);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="mt-4 btn-secondary"
        onClick={() => {
          setChosen(pinned);
          setOpen(true);
        }}
      >
        {t("edit")}
      </button>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-3">
      <FormAlert message={save.isError ? errorText(save.error) : undefined} />
      <fieldset aria-describedby={hintId}>
        <legend className="font-semibold">{t("chooseLegend")}</legend>
        <p id={hintId} className="text-sm text-stone-600">
          {t("chooseHint", { max: MAX_PINNED, count: chosen.length })}
        </p>
        <ul className="mt-2 flex flex-col gap-1">
          {articles.map((article) => {
            const checked = chosen.includes(article.slug);
            return (
              <li key={article.slug}>
                <label className="flex min-h-11 items-center gap-3 text-sm">
                  <input
                    type="checkbox"
                    className="size-5"
                    checked={checked}
                    disabled={!checked && chosen.length >= MAX_PINNED}
                    onChange={(event) => toggle(article.slug, event.currentTarget.checked)}
                  />
                  {article.title}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" className="btn-primary" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
