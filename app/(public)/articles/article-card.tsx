import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleMeta } from "@/lib/articles/load";

/**
 * One article in a list. `snippet` is HTML made by lib/articles/search: the article's text
 * escaped, with only <mark> added around matches, so it is safe to insert. `fallback`: an English
 * article shown to a reader of another language, marked as English (for them and for `lang`).
 */
export async function ArticleCard({
  article,
  snippet,
  fallback = false,
  headingLevel = 3,
}: {
  article: ArticleMeta;
  snippet?: string;
  fallback?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("articles");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = fallback ? article.locale : undefined;
  return (
    <article className="card">
      {fallback && (
        <p className="mb-1 inline-block rounded-full bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">
          {t("englishBadge")}
        </p>
      )}
      <Heading lang={lang} className="text-lg font-semibold">
        <Link href={`/articles/${article.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
          {article.title}
        </Link>
      </Heading>
      {snippet ? (
        <p lang={lang} className="search-snippet mt-2 text-stone-700" dangerouslySetInnerHTML={{ __html: snippet }} />
      ) : (
        <p lang={lang} className="mt-2 text-stone-700">
          {article.summary}
        </p>
      )}
      <p className="mt-3 text-sm text-stone-600">
        {t("cardMeta", { minutes: article.readingMinutes, audience: article.audience })}
      </p>
    </article>
  );
}
