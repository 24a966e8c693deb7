import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FamilyGapsDto } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { nextSteps, type NextStep, type OverdueRequestIn } from "@/lib/domain/gaps";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";
import { CrisisLine } from "./crisis-line";

export type NextStepsReader = "parent" | "coach";

type Props = {
  familyId: string;
  gaps: FamilyGapsDto;
  providers: readonly { id: string; name: string; startOn: string }[];
  /** Who reads: the same ranking, in the parent's or the coach's words. */
  reader: NextStepsReader;
  /** Open requests past their due date (issue 19); `label` names what was asked. */
  overdueRequests?: readonly (OverdueRequestIn & { label?: string })[];
};

/**
 * "What to do first" on the family's home: at most three steps, ranked like the caseload
 * (lib/domain/gaps/next-steps.ts), each naming the service or person, how long, the question to
 * ask and a link to act. Nothing when the family has not recorded any need yet: the setup steps
 * of At a glance come first then.
 */
export function NextSteps({ familyId, gaps, providers, reader, overdueRequests }: Props) {
  const t = useTranslations("nextSteps");
  const locale = useLocale();
  const { questions, serviceById } = catalogIn(locale);
  const hasNeeds = gaps.children.some((child) => child.services.some((service) => service.needed));
  if (!hasNeeds && gaps.flags.length === 0) return null;

  const steps = nextSteps({ ...gaps, providers, overdueRequests });
  const coach = reader === "coach";
  const base = `/families/${familyId}`;
  const childName = new Map(gaps.children.map((child) => [child.childId, child.name]));
  const providerName = new Map(providers.map((provider) => [provider.id, provider.name]));
  const question = (id: string | null) => (id ? questions.find((entry) => entry.id === id)?.text : undefined);
  const how = (days: number, sentence: (duration: string) => string) => {
    const words = durationWords(days, locale);
    return <WithExactDays {...words}>{sentence(days === 0 ? t("today") : words.text)}</WithExactDays>;
  };

  const wordsFor = (step: NextStep) => {
    switch (step.kind) {
      case "safety":
      case "missing":
      case "mismatch": {
        const service = serviceById(step.serviceId)?.label ?? step.serviceId;
        const values = { service, child: childName.get(step.childId) ?? "" };
        return {
          headline:
            step.kind === "safety"
              ? t(coach ? "safety.headlineCoach" : "safety.headline", values)
              : t("service.headline", values),
          body: how(step.days, (duration) =>
            t(
              step.kind === "missing" || (step.kind === "safety" && step.status === "missing")
                ? "service.missingFor"
                : "service.unqualifiedFor",
              {
                service,
                duration,
              },
            ),
          ),
          ask: question(step.questionId),
          href: `${base}/gaps#service-${step.serviceId}`,
          action: t(coach ? "service.actionCoach" : "service.action"),
        };
      }
      case "title": {
        const values = { provider: providerName.get(step.providerId) ?? "", title: step.statedTitle };
        return {
          headline: t("check.headline", values),
          body: (
            <>
              {t(step.flag === "credential-unknown" ? "check.unknown" : "check.notClinical")}{" "}
              {step.days !== null &&
                how(step.days, (duration) => t(coach ? "check.onTeamCoach" : "check.onTeam", { duration }))}
            </>
          ),
          ask: question(step.questionId),
          href: `${base}/care-team#provider-${step.providerId}`,
          action: t("check.action"),
        };
      }
      case "overdue-request": {
        const label = overdueRequests?.find((request) => request.id === step.requestId)?.label;
        return {
          headline: label ?? t("request.headline"),
          body: how(step.days, (duration) => t(coach ? "request.lateCoach" : "request.late", { duration })),
          ask: undefined,
          href: `${base}/requests/${step.requestId}`,
          action: t("request.action"),
        };
      }
    }
  };

  return (
    <section aria-labelledby="next-steps-heading" className="flex flex-col gap-3 card border-brand-100">
      <div>
        <h2 id="next-steps-heading" className="text-lg font-semibold">
          {t(coach ? "titleCoach" : "title")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t(coach ? "introCoach" : "intro")}</p>
      </div>
      {steps.length === 0 ? (
        <p className="text-stone-800" data-testid="next-steps-none">
          {t(coach ? "noneCoach" : "none")}
        </p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="next-steps">
          {steps.map((step, index) => {
            const words = wordsFor(step);
            return (
              <li
                key={`${step.kind}-${"serviceId" in step ? `${step.childId}-${step.serviceId}` : "providerId" in step ? step.providerId : step.requestId}`}
                className={`flex gap-3 rounded-md border p-3 ${step.kind === "safety" ? "border-red-200 bg-red-50/40" : "border-stone-200"}`}
              >
                <span
                  aria-hidden="true"
                  className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
                >
                  {index + 1}
                </span>
                <div className="flex min-w-0 flex-col gap-1">
                  <h3 className="font-semibold break-words text-stone-900">{words.headline}</h3>
                  <p className="text-sm text-stone-800">{words.body}</p>
                  {words.ask && (
                    <p className="text-sm text-stone-800">{t(coach ? "askCoach" : "ask", { question: words.ask })}</p>
                  )}
                  {step.kind === "safety" && <CrisisLine className="mt-1" />}
                  <Link
                    href={words.href}
                    className="mt-1 self-start text-sm font-semibold text-brand-700 underline underline-offset-4"
                  >
                    {words.action}
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
