import { tagWords } from "@/app/_components/tag-words";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/app/_components/form-field";
import { articlesForReader, searchForReader } from "@/lib/articles/for-reader";
import { allTags } from "@/lib/articles/library";
import { currentLocale } from "@/lib/server/i18n/current-locale";
import { audiences } from "@/lib/schemas/article-front-matter";
import { articleQuerySchema } from "@/lib/schemas/articles";
import { ArticleCard } from "./article-card";
import "./articles.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("indexTitle") };
}

/** Reads the query string forgivingly: a bad value is dropped rather than answered with an error page. */
function readQuery(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const one = <T,>(parse: () => T | undefined) => {
    try {
      return parse();
    } catch {
      return undefined;
    }
  };
  const q = one(() => articleQuerySchema.shape.q.parse(first(params.q)));
  const audience = one(() => articleQuerySchema.shape.audience.parse(first(params.audience) || undefined));
  const tag = one(() => articleQuerySchema.shape.tag.parse(first(params.tag))) || undefined;
  return { q: q || undefined, audience, tag };
}

/** Public: every guidance article, with search, an audience filter and tags. */
export default async function ArticlesPage({ searchParams }: Props) {
  const t = await getTranslations("articles");
  const { q, audience, tag } = readQuery(await searchParams);
  const filter = { audience, tag };
  const locale = await currentLocale();
  // In Spanish: the Spanish articles, then the English ones not translated yet (marked as English).
  const results = q ? searchForReader(q, filter, locale) : articlesForReader(filter, locale);
  const tags = allTags(locale);
  const filtered = Boolean(q || audience || tag);
  const hrefWith = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ q, audience, tag, ...changes })) if (value) params.set(key, value);
    const query = params.toString();
    return query ? `/articles?${query}` : "/articles";
  };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("indexTitle")}</h1>
        <p className="mt-2 max-w-2xl text-stone-700">{t("indexIntro")}</p>
      </div>

      <div className="no-print card">
        <form
          action="/articles"
          method="get"
          role="search"
          aria-label={t("searchLabel")}
          className="flex flex-col gap-4 sm:flex-row sm:items-end"
        >
          <div className="flex-1">
            <label htmlFor="article-q" className="block text-sm font-semibold">
              {t("searchLabel")}
            </label>
            <input
              id="article-q"
              name="q"
              type="search"
              defaultValue={q ?? ""}
              maxLength={200}
              placeholder={t("searchPlaceholder")}
              className="mt-1 input"
            />
          </div>
          <SelectField id="article-audience" name="audience" label={t("audienceLabel")} defaultValue={audience ?? ""}>
            <option value="">{t("audienceAll")}</option>
            {audiences.map((value) => (
              <option key={value} value={value}>
                {t(`audienceOption.${value}`)}
              </option>
            ))}
          </SelectField>
          {tag && <input type="hidden" name="tag" value={tag} />}
          <button type="submit" className="btn-primary">
            {t("searchButton")}
          </button>
        </form>
        <nav aria-label={t("tagsLabel")} className="mt-4">
          <p className="text-sm font-semibold">{t("tagsLabel")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {tags.map((value) => (
              <li key={value}>
                <Link
                  href={hrefWith({ tag: value === tag ? undefined : value })}
                  aria-current={value === tag ? "true" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm ${value === tag ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
                >
                  {t("tag", { tag: tagWords(value) })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-heading" className="text-lg font-semibold">
            {q ? t("resultsFor", { count: results.length, q }) : t("resultsCount", { count: results.length })}
          </h2>
          {filtered && (
            <Link href="/articles" className="text-sm font-semibold text-brand-700 underline underline-offset-4">
              {t("clearFilters")}
            </Link>
          )}
        </div>
        {results.length === 0 ? (
          <div className="card">
            <p className="font-semibold">{t("noResultsTitle")}</p>
            <p className="mt-1 text-stone-700">{t("noResultsBody")}</p>
          </div>
        ) : (
          <ol className="flex flex-col gap-4">
            {results.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} snippet={article.snippet} fallback={article.fallback} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
