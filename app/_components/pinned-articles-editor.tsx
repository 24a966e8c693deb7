"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Controller } from "react-hook-form";
import { MAX_PINNED_ARTICLES } from "@/lib/schemas/limits";
import { apiFetch } from "./api-client";
import { FormAlert } from "./form-alert";
import { SubmitOrCancel } from "./form-buttons";
import { useApiForm } from "./use-api-form";

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
  const hintId = useId();
  const [open, setOpen] = useState(false);
  const { form, submit, alert, busy } = useApiForm({
    schema: (schemas) => schemas.pinnedArticlesSchema,
    defaultValues: { slugs: pinned },
  });
  const onSubmit = submit(
    (input) => apiFetch(`/api/v1/families/${familyId}/pinned-articles`, { method: "PUT", body: input }),
    () => setOpen(false),
  );

  if (!open) {
    return (
      <button
        type="button"
        className="mt-4 btn-secondary"
        onClick={() => {
          form.reset({ slugs: pinned });
          setOpen(true);
        }}
      >
        {t("edit")}
      </button>
    );
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-col gap-3">
      <FormAlert message={alert} />
      <Controller
        control={form.control}
        name="slugs"
        render={({ field: { value: chosen, onChange } }) => (
          <fieldset aria-describedby={hintId}>
            <legend className="font-semibold">{t("chooseLegend")}</legend>
            <p id={hintId} className="text-sm text-stone-600">
              {t("chooseHint", { max: MAX_PINNED_ARTICLES, count: chosen.length })}
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
                        disabled={!checked && chosen.length >= MAX_PINNED_ARTICLES}
                        onChange={(event) =>
                          onChange(
                            event.currentTarget.checked
                              ? [...chosen, article.slug]
                              : chosen.filter((slug) => slug !== article.slug),
                          )
                        }
                      />
                      {article.title}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        )}
      />
      <SubmitOrCancel busy={busy} submitLabel={t("save")} workingLabel={t("saving")} onCancel={() => setOpen(false)} />
    </form>
  );
}
