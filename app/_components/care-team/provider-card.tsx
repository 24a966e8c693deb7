import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { catalogIn, credentialName } from "@/lib/domain/catalog/localize";
import { credentialSentenceValues } from "@/lib/domain/catalog/sentence-words";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { judgeOn, type TitleFlag } from "@/lib/domain/gaps";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import type { ProviderDto } from "@/lib/care-team/dto";
import { CredentialFacts, LicenseBadge } from "./credential-facts";
import { calendarDate } from "@/app/_components/calendar-date";

type Props = {
  provider: ProviderDto;
  /** The family's providers, so supervision counts as the gap engine counts it. */
  team: ProviderDto[];
  /** The practice's today: a supervisor who has left no longer makes the work count. */
  today: string;
  familyId: string;
  childNames: Map<string, string>;
  flag?: TitleFlag;
  headingLevel?: 2 | 3;
  /** The papers from or about this provider, where the page shows them. */
  papers?: ReactNode;
};

/** One person on the team: the title they gave beside what their credential really allows. */
export function ProviderCard({ provider, team, today, familyId, childNames, flag, headingLevel = 2, papers }: Props) {
  const t = useTranslations("careTeam");
  const format = useFormatter();
  const tMismatch = useTranslations("mismatch");
  const mismatchWords = stateAwareMismatch((key, values) => tMismatch(key as never, values as never));
  const locale = useLocale();
  const { credentialById, questions, serviceById } = catalogIn(locale);
  const credential = credentialById(provider.credentialId);
  const others = provider.credentialIds.slice(1).map((id) => credentialById(id));
  const { supervisor } = provider;
  const supervisorText = !supervisor
    ? null
    : "providerId" in supervisor
      ? (team.find((member) => member.id === supervisor.providerId)?.name ?? null)
      : `${supervisor.name} (${credentialById(supervisor.credentialId)?.abbreviation ?? supervisor.credentialId})`;
  const date = (iso: string) => calendarDate(format, iso);
  const asked = questions.filter((question) => provider.answers[question.id]);
  const headingId = `provider-${provider.id}`;
  const Name = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as "h3" | "h4";

  return (
    <article id={headingId} aria-labelledby={`${headingId}-name`} className="flex scroll-mt-24 flex-col gap-4 card">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Name id={`${headingId}-name`} className="text-lg font-bold">
            {provider.name}
          </Name>
          {provider.agency && <p className="text-sm text-stone-600">{provider.agency}</p>}
        </div>
        <Link
          href={`/families/${familyId}/care-team/${provider.id}`}
          className="no-print btn-secondary"
          aria-label={t("editNamed", { name: provider.name })}
        >
          {t("edit")}
        </Link>
      </header>

      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-md bg-stone-50 p-3">
          <dt className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{t("introducedAs")}</dt>
          <dd className="mt-1 font-semibold">{provider.statedTitle}</dd>
        </div>
        <div className="rounded-md bg-stone-50 p-3">
          <dt className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{t("realCredential")}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2 font-semibold">
            {credential ? credentialName(credential) : provider.credentialId}{" "}
            <LicenseBadge credentialId={provider.credentialId} />
          </dd>
          {others.map((other, index) => (
            <dd key={provider.credentialIds[index + 1]} className="mt-1 text-sm font-semibold">
              {t("alsoHolds", { credential: other ? credentialName(other) : provider.credentialIds[index + 1]! })}
            </dd>
          ))}
          {supervisorText && (
            <dd className="mt-1 text-sm text-stone-700">{t("supervisedBy", { name: supervisorText })}</dd>
          )}
          {provider.licenseNumber && (
            <dd className="mt-1 text-sm text-stone-700">
              {t("licenseNumber", { number: provider.licenseNumber, state: provider.licenseState ?? "" })}
            </dd>
          )}
        </div>
      </dl>

      {flag && (
        <div role="note" className="rounded-md border-l-4 border-orange-500 bg-orange-50 p-3 text-sm text-orange-950">
          <p className="font-semibold">
            {flag.kind === "credential-unknown"
              ? t("flagUnknown")
              : t("flagTitle", { title: provider.statedTitle, ...credentialSentenceValues(credential) })}
          </p>
          {flag.questionIds.length > 0 && (
            <>
              <p className="mt-1">{t("askThem")}</p>
              <ul className="mt-1 list-disc pl-5">
                {flag.questionIds.map((id) => (
                  <li key={id}>{questions.find((question) => question.id === id)?.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <p className="text-sm text-stone-700">
        {provider.endOn
          ? t("period", { start: date(provider.startOn), end: date(provider.endOn) })
          : t("since", { start: date(provider.startOn) })}
        {provider.childIds.length > 0 && (
          <> · {t("worksWith", { names: provider.childIds.map((id) => childNames.get(id) ?? "").join(", ") })}</>
        )}
      </p>

      <div>
        <Section className="text-sm font-semibold">{t("delivers")}</Section>
        {provider.servicesDelivered.length === 0 ? (
          <p className="text-sm text-stone-600">{t("deliversNothing")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {provider.servicesDelivered.map((serviceId) => {
              const judgement = judgeOn(provider, serviceId, team, provider.childIds[0] ?? "", today);
              return (
                <li key={serviceId} className="flex flex-wrap items-baseline gap-2">
                  <span
                    aria-hidden="true"
                    className={
                      judgement.kind === "qualified"
                        ? "text-emerald-700"
                        : judgement.kind === "mismatch"
                          ? "text-orange-700"
                          : "text-stone-500"
                    }
                  >
                    {judgement.kind === "qualified" ? "✓" : judgement.kind === "mismatch" ? "!" : "?"}
                  </span>
                  <span className="font-medium">{serviceById(serviceId)?.label ?? serviceId}</span>
                  <span className="text-stone-600">{t(`judgement.${judgement.kind}`)}</span>
                  {judgement.kind === "mismatch" && (
                    <span className="basis-full pl-5 text-stone-700">
                      {mismatchReasonText(mismatchWords, judgement.reason, locale)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <details className="group rounded-md border border-stone-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold">
          {t("whatCredentialMeans", credentialSentenceValues(credential))}
        </summary>
        <div className="mt-2">
          <CredentialFacts credentialId={provider.credentialId} headingLevel={headingLevel === 2 ? 3 : 4} />
        </div>
      </details>

      <details className="rounded-md border border-stone-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold">
          {t("checklist", { asked: asked.length, total: questions.length })}
        </summary>
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {questions.map((question) => {
            const answer = provider.answers[question.id];
            return (
              <li key={question.id}>
                <p className="font-medium">{question.text}</p>
                {answer ? (
                  <p className="text-stone-700">
                    {answer.answer}{" "}
                    <span className="text-stone-500">({t("askedOn", { date: date(answer.askedOn) })})</span>
                  </p>
                ) : (
                  <p className="text-stone-500">{t("notAsked")}</p>
                )}
              </li>
            );
          })}
        </ul>
      </details>

      {(provider.contact || provider.notes) && (
        <div className="text-sm">
          {provider.contact && <p>{t("contact", { contact: provider.contact })}</p>}
          {provider.notes && <p className="mt-1 whitespace-pre-line text-stone-700">{provider.notes}</p>}
        </div>
      )}

      {papers && (
        <div className="flex flex-col gap-1 border-t border-stone-200 pt-3">
          <Section className="text-sm font-semibold">{t("papers")}</Section>
          {papers}
        </div>
      )}
    </article>
  );
}
