import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleMeta } from "@/lib/articles/load";

/**
 * One article in a list. `snippet` is HTML made by lib/articles/search: the article's text
 * escaped, with only <mark> added around matches, so it is safe to insert.
 */
export async function ArticleCard({ article, snippet, headingLevel = 3 }: { article: ArticleMeta; snippet?: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("articles");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <Heading className="text-lg font-semibold">
        <Link href={`/articles/${article.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
          {article.title}
        </Link>
      </Heading>
      {snippet ? (
        <p className="search-snippet mt-2 text-stone-700" dangerouslySetInnerHTML={{ __html: snippet }} />
      ) : (
        <p className="mt-2 text-stone-700">{article.summary}</p>
      )}
      <p className="mt-3 text-sm text-stone-600">
        {t("cardMeta", { minutes: article.readingMinutes, audience: article.audience })}
      </p>
    </article>
  );
}
