import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/app/_components/care-team/status-badge";
import { CrisisLine, showsCrisisLine } from "@/app/_components/care-team/crisis-line";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { familyGaps, practiceToday } from "@/lib/care-team/gaps";
import { listProviders } from "@/lib/care-team/providers";
import { familyEvidence } from "@/lib/documents/evidence";
import { gapSubjectId } from "@/lib/schemas/documents";
import { Evidence } from "@/app/_components/documents/evidence";
import { questionIdsForService } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { neededForValues } from "@/lib/domain/catalog/sentence-words";
import { isIsoDate } from "@/lib/core/dates";
import { MARKED } from "@/lib/domain/gaps";
import { calendarDate } from "@/app/_components/calendar-date";
import { PageIntro } from "@/app/_components/page-intro";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";
import { GapRequests } from "@/app/_components/requests/gap-requests";
import { AskForIt } from "@/app/_components/requests/ask-for-it";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<{ on?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gaps"))("title") };
}

export default async function GapsPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const requested = (await searchParams).on;
  const today = practiceToday();
  const on = typeof requested === "string" && isIsoDate(requested) ? requested : today;
  const locale = await getLocale();
  const { credentialsQualifiedFor, needById, questions, serviceById } = catalogIn(locale);
  const [gaps, providers, evidence] = await pageData(
    Promise.all([
      familyGaps(actor, familyId, on, locale),
      listProviders(actor, familyId),
      familyEvidence(actor, familyId),
    ]),
  );
  const t = await getTranslations("gaps");
  const format = await getFormatter();
  const date = (iso: string) => calendarDate(format, iso);
  const providerName = new Map(providers.map((provider) => [provider.id, provider.name]));
  const hasNeeds = gaps.children.some((child) => child.services.some((service) => service.needed));

  return (
    <ClientMessages namespaces={["common", "errors", "evidence", "requests", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro
          title={t("title")}
          intro={
            on === today
              ? t(actor.role === "coach" ? "introTodayCoach" : "introToday")
              : t("introOn", { date: date(on) })
          }
        >
          <form method="get" className="no-print flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="gaps-on" className="text-sm font-semibold">
                {t("onDate")}
              </label>
              <input id="gaps-on" name="on" type="date" defaultValue={on} max="2999-12-31" className="input" />
            </div>
            <button type="submit" className="btn-secondary">
              {t("show")}
            </button>
          </form>
        </PageIntro>

        {gaps.flags.length > 0 && (
          <section aria-labelledby="flags-heading" className="card border-orange-300 bg-orange-50">
            <h2 id="flags-heading" className="text-lg font-semibold text-orange-950">
              {t("flagsTitle", { count: gaps.flags.length })}
            </h2>
            <ul className="mt-2 flex flex-col gap-3">
              {gaps.flags.map((flag) => (
                <li key={flag.providerId} className="text-sm text-orange-950">
                  <p>
                    <Link
                      href={`/families/${familyId}/care-team#provider-${flag.providerId}`}
                      className="font-semibold underline underline-offset-4"
                    >
                      {providerName.get(flag.providerId)}
                    </Link>{" "}
                    {flag.kind === "credential-unknown"
                      ? t("flagUnknown", { title: flag.statedTitle })
                      : t("flagTitle", { title: flag.statedTitle })}
                  </p>
                  {flag.questionIds.length > 0 && (
                    <p className="mt-1">
                      {t("ask", {
                        questions: flag.questionIds.map((id) => questions.find((q) => q.id === id)?.text).join(" "),
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {gaps.children.length === 0 || !hasNeeds ? (
          <div className="flex flex-col items-start gap-3 card">
            <h2 className="text-lg font-semibold">{t("noNeedsTitle")}</h2>
            <p className="text-stone-700">{t(actor.role === "coach" ? "noNeedsBodyCoach" : "noNeedsBody")}</p>
            <Link href={`/families/${familyId}/children`} className="btn-primary">
              {t("addNeeds")}
            </Link>
          </div>
        ) : null}

        {gaps.children.map((child) =>
          child.services.length === 0 ? null : (
            <section key={child.childId} aria-labelledby={`gaps-${child.childId}`} className="flex flex-col gap-3">
              <h2 id={`gaps-${child.childId}`} className="text-xl font-semibold">
                {t("forChild", { name: child.name })}
              </h2>
              <ul className="grid gap-3 lg:grid-cols-2">
                {child.services.map((gap) => {
                  const service = serviceById(gap.serviceId);
                  const qualified = credentialsQualifiedFor(gap.serviceId).filter(
                    (credential) =>
                      credential.states.length === 0 || (gaps.state !== null && credential.states.includes(gaps.state)),
                  );
                  return (
                    <li
                      key={gap.serviceId}
                      id={`service-${gap.serviceId}`}
                      className="flex scroll-mt-24 flex-col gap-2 card"
                    >
                      <div className="flex flex-wrap items-center gap-2">
                        <StatusBadge status={gap.status} />
                        <h3 className="font-semibold">{service?.label ?? gap.serviceId}</h3>
                      </div>
                      <p className="text-sm font-medium text-stone-800">
                        <WithExactDays {...durationWords(gap.days, locale)}>
                          {t(`since.${gap.status}`, {
                            date: date(gap.since),
                            duration: gap.days === 0 ? t("today") : durationWords(gap.days, locale).text,
                          })}
                        </WithExactDays>
                      </p>
                      <p className="text-sm text-stone-600">
                        {gap.needed
                          ? t(
                              "neededFor",
                              neededForValues(gap.neededFor, MARKED, (id) => needById(id)?.label ?? id, locale),
                            )
                          : t("notNeeded")}
                      </p>
                      {gap.providerIds.length > 0 && (
                        <p className="text-sm text-stone-700">
                          {t(`providers.${gap.status}`, {
                            names: gap.providerIds.map((id) => providerName.get(id) ?? "").join(", "),
                          })}
                        </p>
                      )}
                      {showsCrisisLine(gap) && <CrisisLine />}
                      {gap.reason && (
                        <p className="rounded-md bg-orange-50 px-3 py-2 text-sm text-orange-950">{gap.reason}</p>
                      )}
                      {service?.unverified && (
                        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                          {t("checkLocally", { note: service.unverified })}
                        </p>
                      )}
                      {gap.status !== "covered" && (
                        <>
                          <GapRequests familyId={familyId} requestIds={gap.requestIds} />
                          <AskForIt familyId={familyId} childId={child.childId} gap={gap} />
                        </>
                      )}
                      {gap.status !== "covered" && (
                        <details className="text-sm">
                          <summary className="cursor-pointer font-semibold text-brand-800">{t("whoCould")}</summary>
                          {qualified.length > 0 ? (
                            <p className="mt-1 text-stone-700">
                              {qualified.map((credential) => credential.abbreviation).join(", ")}
                            </p>
                          ) : (
                            <p className="mt-1 text-stone-700">{t("anyone")}</p>
                          )}
                          {service?.requiresTrainingIn && <p className="mt-1 text-stone-700">{t("needsTraining")}</p>}
                          <p className="mt-2 font-semibold">{t("whatToAsk")}</p>
                          <ul className="list-disc pl-5 text-stone-700">
                            {questionIdsForService(gap.serviceId).map((id) => (
                              <li key={id}>{questions.find((q) => q.id === id)?.text}</li>
                            ))}
                          </ul>
                        </details>
                      )}
                      <Evidence
                        familyId={familyId}
                        subject={{
                          type: "gap",
                          id: gapSubjectId(child.childId, gap.serviceId),
                          label: t("gapOf", { service: service?.label ?? gap.serviceId, name: child.name }),
                        }}
                        {...evidence}
                      />
                      {service && (
                        <Link
                          href={`/articles/${service.articleSlug}`}
                          className="text-sm font-semibold text-brand-700 underline underline-offset-4"
                        >
                          {t("learnMore", { service: service.label })}
                        </Link>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ),
        )}
      </div>
    </ClientMessages>
  );
}
