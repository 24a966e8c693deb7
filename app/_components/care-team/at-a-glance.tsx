import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FamilyGapsDto } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { isSafetyGap, summarizeGaps, type GapStatus } from "@/lib/domain/gaps";
import { StatusBadge } from "./status-badge";
import { CrisisLine, showsCrisisLine } from "./crisis-line";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";

const SHOWN: GapStatus[] = ["missing", "mismatch", "unverified", "covered"];

/** The family home's first answer: what is missing today, or the next step when nothing is recorded yet. */
export function AtAGlance({
  familyId,
  gaps,
  providerCount,
  reader = "parent",
}: {
  familyId: string;
  gaps: FamilyGapsDto;
  providerCount: number;
  /** The coach reads about "the family's child", a parent about "your child". */
  reader?: "parent" | "coach";
}) {
  const t = useTranslations("glance");
  const locale = useLocale();
  const { serviceById } = catalogIn(locale);
  const base = `/families/${familyId}`;
  const services = gaps.children.flatMap((child) => child.services);
  const hasNeeds = services.some((service) => service.needed);
  const coach = reader === "coach";

  // Until there is something to count, the next step; a mismatch counts even before any need does.
  if (services.length === 0) {
    const steps = [
      { done: gaps.children.length > 0, label: t(coach ? "stepChildCoach" : "stepChild"), href: `${base}/children` },
      { done: hasNeeds, label: t("stepNeed"), href: `${base}/children` },
      { done: providerCount > 0, label: t("stepProvider"), href: `${base}/care-team/new` },
    ];
    return (
      <section aria-labelledby="start-heading" className="flex flex-col gap-3 card border-brand-100 bg-brand-50">
        <h2 id="start-heading" className="text-lg font-semibold">
          {t(coach ? "startTitleCoach" : "startTitle")}
        </h2>
        <p className="text-stone-800">{t(coach ? "startBodyCoach" : "startBody")}</p>
        <ol className="flex flex-col gap-2">
          {steps.map((step, index) => (
            <li key={step.label} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className={`inline-flex size-6 items-center justify-center rounded-full text-xs font-bold ${step.done ? "bg-brand-700 text-white" : "bg-white text-stone-700 ring-1 ring-stone-300"}`}
              >
                {step.done ? "✓" : index + 1}
              </span>
              {step.done ? (
                <span className="text-stone-600 line-through">{step.label}</span>
              ) : (
                <Link href={step.href} className="font-semibold text-brand-800 underline underline-offset-4">
                  {step.label}
                </Link>
              )}
              {step.done && <span className="sr-only">{t("done")}</span>}
            </li>
          ))}
        </ol>
      </section>
    );
  }

  // The same summary the coach's caseload shows for this family.
  const { counts, longestMissing: longest } = summarizeGaps(gaps);
  return (
    <section aria-labelledby="glance-heading" className="flex flex-col gap-3 card">
      <h2 id="glance-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {SHOWN.map((status) => (
          <li key={status} className="flex items-center gap-2 rounded-md border border-stone-200 px-3 py-2">
            <StatusBadge status={status} />
            <span className="text-lg font-bold">{counts[status]}</span>
          </li>
        ))}
      </ul>
      {longest && (
        <p className="text-stone-800">
          <WithExactDays {...durationWords(longest.days, locale)}>
            {t("longest", {
              service: serviceById(longest.serviceId)?.label ?? longest.serviceId,
              duration: durationWords(longest.days, locale).text,
            })}
          </WithExactDays>
        </p>
      )}
      {/* Beside a safety gap What to do first shows 988; the line stays here for the rest (unverified plans). */}
      {services.some(showsCrisisLine) && !services.some(isSafetyGap) && <CrisisLine />}
      {gaps.flags.length > 0 && <p className="text-orange-900">{t("flags", { count: gaps.flags.length })}</p>}
      {!hasNeeds && (
        <p>
          <Link href={`${base}/children`} className="font-semibold text-brand-800 underline underline-offset-4">
            {t(coach ? "addNeedsCoach" : "addNeeds")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link href={`${base}/gaps`} className="btn-primary">
          {t("seeGaps")}
        </Link>
        <Link href={`${base}/timeline`} className="btn-secondary">
          {t("seeTimeline")}
        </Link>
      </div>
    </section>
  );
}
