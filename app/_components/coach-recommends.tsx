import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readerMeta } from "@/lib/articles/for-reader";
import { listArticles } from "@/lib/articles/library";
import { currentLocale } from "@/lib/server/i18n/current-locale";
import { getPinnedArticles } from "@/lib/articles/pins";
import type { Actor } from "@/lib/identity/actor";
import { pageData } from "@/lib/server/auth/page-guard";
import { PinnedArticlesEditor } from "./pinned-articles-editor";

/**
 * "Your coach recommends": up to three articles the coach pinned for this family. Parents see the
 * list (nothing when it is empty); the coach also gets the editor.
 */
export async function CoachRecommends({ actor, familyId }: { actor: Actor; familyId: string }) {
  const pinned = await pageData(getPinnedArticles(actor, familyId));
  const isCoach = actor.role === "coach";
  if (pinned.length === 0 && !isCoach) return null;
  const t = await getTranslations("coachRecommends");
  const locale = await currentLocale();
  // Each reader sees the pinned articles in their own language where a translation exists.
  const shown = pinned.map((article) => readerMeta(article.slug, locale) ?? { ...article, fallback: false });
  return (
    <section aria-labelledby="coach-recommends-heading" className="card">
      <h2 id="coach-recommends-heading" className="text-lg font-semibold">
        {isCoach ? t("coachTitle") : t("title")}
      </h2>
      {pinned.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {shown.map((article) => (
            <li key={article.slug} lang={article.fallback ? article.locale : undefined}>
              <Link
                href={`/articles/${article.slug}`}
                className="font-semibold text-brand-700 underline underline-offset-4"
              >
                {article.title}
              </Link>
              <p className="text-sm text-stone-700">{article.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {isCoach && (
        <PinnedArticlesEditor
          familyId={familyId}
          articles={listArticles().map(({ slug, title }) => ({
            slug,
            title: readerMeta(slug, locale)?.title ?? title,
          }))}
          pinned={pinned.map((article) => article.slug)}
        />
      )}
    </section>
  );
}
