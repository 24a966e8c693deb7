import { tagWords } from "@/app/_components/tag-words";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { articleForReader, readerMeta } from "@/lib/articles/for-reader";
import { relatedTo } from "@/lib/articles/library";
import { actorForRender, pageData } from "@/lib/server/auth/page-guard";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { currentLocale } from "@/lib/server/i18n/current-locale";
import { onYourTeam } from "@/lib/articles/on-your-team";
import { config } from "@/lib/core/config";
import { listFamiliesFor } from "@/lib/families/queries";
import { ArticleCard } from "../article-card";
import { PrintButton } from "../print-button";
import { ShareArticle } from "./share-article";
import "../articles.css";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = articleForReader((await params).slug, await currentLocale());
  return found ? { title: found.article.title, description: found.article.summary } : {};
}

/**
 * Public: one guidance article, in the reader's language where it is translated; otherwise the
 * English one, said so in a note and marked `lang="en"`. A signed-in parent also gets a way back
 * to their care team.
 */
export default async function ArticlePage({ params }: Props) {
  const locale = await currentLocale();
  const found = articleForReader((await params).slug, locale);
  if (!found) notFound();
  const { article, fallback } = found;
  const lang = fallback ? article.locale : undefined;
  const { credentialById, serviceById } = catalogIn(locale);
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const actor = await actorForRender();
  const [families, caseload] = await pageData(
    Promise.all([
      onYourTeam(actor, article.credentials),
      actor?.role === "coach" ? listFamiliesFor(actor) : Promise.resolve([]),
    ]),
  );
  // Related articles as this reader sees them (a translation where there is one).
  const related = relatedTo(article).flatMap((other) => readerMeta(other.slug, locale) ?? []);
  const explains = [
    ...article.credentials
      .flatMap((id) => credentialById(id) ?? [])
      .map((entry) => ({ key: `c-${entry.id}`, label: entry.label, articleSlug: entry.articleSlug })),
    ...article.services
      .flatMap((id) => serviceById(id) ?? [])
      .map((entry) => ({ key: `s-${entry.id}`, label: entry.label, articleSlug: entry.articleSlug })),
  ];

  return (
    <ClientMessages namespaces={["articles", "errors", "validation"]}>
      <div className="flex flex-col gap-8">
        <Link
          href="/articles"
          className="no-print text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("backToIndex")}
        </Link>

        <div className="article-layout grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <article className="print-card min-w-0 card sm:p-8" aria-labelledby="article-title">
            {/* Not a <header>: the print stylesheet hides headers, and this one holds the title. */}
            <div>
              {fallback && (
                <p role="note" className="no-print mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {t("englishOnly")}
                </p>
              )}
              <h1 id="article-title" lang={lang} className="text-2xl font-bold sm:text-3xl">
                {article.title}
              </h1>
              <p lang={lang} className="mt-3 text-lg text-stone-700">
                {article.summary}
              </p>
              <p className="mt-3 text-sm text-stone-600">
                {t("articleMeta", {
                  minutes: article.readingMinutes,
                  audience: article.audience,
                  updated: format.dateTime(new Date(`${article.updated}T12:00:00Z`), {
                    dateStyle: "long",
                    timeZone: "UTC",
                  }),
                })}
              </p>
              <div className="no-print mt-4">
                <PrintButton />
              </div>
            </div>

            {article.headings.length > 0 && (
              <nav aria-labelledby="toc-heading" className="mt-6 rounded-md border border-stone-200 bg-stone-50 p-4">
                <h2 id="toc-heading" className="text-sm font-semibold tracking-wide text-stone-700 uppercase">
                  {t("toc")}
                </h2>
                <ol lang={lang} className="mt-2 flex flex-col gap-1 text-sm">
                  {article.headings.map((heading) => (
                    <li key={heading.id} className={heading.depth === 3 ? "pl-4" : undefined}>
                      <a href={`#${heading.id}`} className="text-brand-700 underline-offset-4 hover:underline">
                        {heading.text}
                      </a>
                    </li>
                  ))}
                </ol>
              </nav>
            )}

            {/* Sanitized by lib/articles/render (rehype-sanitize; raw HTML dropped). */}
            <div lang={lang} className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.html }} />
          </article>

          <aside className="no-print flex flex-col gap-6" aria-label={t("asideLabel")}>
            {actor?.role === "coach" && (
              <ShareArticle
                families={caseload}
                articleUrl={new URL(`/articles/${article.slug}`, config.appUrl).toString()}
              />
            )}
            {families.length > 0 && (
              <section aria-labelledby="your-team-heading" className="card border-brand-100 bg-brand-50">
                <h2 id="your-team-heading" className="font-semibold text-brand-800">
                  {t("yourTeamTitle")}
                </h2>
                {families.map((family) => (
                  <div key={family.familyId} className="mt-2">
                    {family.members.length > 0 ? (
                      <>
                        <p className="text-sm text-stone-800">
                          {t("yourTeamMatches", { count: family.members.length })}
                        </p>
                        <ul className="mt-2 flex flex-col gap-1">
                          {family.members.map((member) => (
                            <li key={member.id}>
                              <Link
                                href={`/families/${family.familyId}/care-team/${member.id}`}
                                className="text-sm font-semibold text-brand-700 underline underline-offset-4"
                              >
                                {t("yourTeamMember", {
                                  name: member.name,
                                  credential: credentialById(member.credentialId)?.abbreviation ?? member.credentialId,
                                })}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : (
                      <p className="text-sm text-stone-800">{t("yourTeamBody")}</p>
                    )}
                    <Link
                      href={`/families/${family.familyId}/care-team`}
                      className="mt-2 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4"
                    >
                      {families.length === 1
                        ? t("yourTeamLink")
                        : t("yourTeamLinkNamed", { family: family.familyName })}
                    </Link>
                  </div>
                ))}
              </section>
            )}

            {explains.length > 0 && (
              <section aria-labelledby="explains-heading" className="card">
                <h2 id="explains-heading" className="font-semibold">
                  {t("explains")}
                </h2>
                <ul className="mt-3 flex flex-col gap-2 text-sm">
                  {explains.map((entry) => (
                    <li key={entry.key}>
                      {entry.articleSlug === article.slug ? (
                        entry.label
                      ) : (
                        <Link
                          href={`/articles/${entry.articleSlug}`}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          {entry.label}
                        </Link>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby="tags-heading" className="card">
              <h2 id="tags-heading" className="font-semibold">
                {t("tagsLabel")}
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag}>
                    <Link
                      href={`/articles?tag=${encodeURIComponent(tag)}`}
                      className="inline-block rounded-full border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
                    >
                      {t("tag", { tag: tagWords(tag) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </aside>
        </div>

        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="no-print">
            <h2 id="related-heading" className="text-lg font-semibold">
              {t("related")}
            </h2>
            <ul className="mt-4 grid gap-4 md:grid-cols-3">
              {related.map((other) => (
                <li key={other.slug}>
                  <ArticleCard article={other} fallback={other.fallback} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
