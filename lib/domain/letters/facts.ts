import type { IsoDate } from "@/lib/core/dates";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { questionIdsForService } from "@/lib/domain/catalog/questions";
import {
  childGapsOn,
  describeDuration,
  isProviderActiveOn,
  titleFlagsOn,
  type ChildRecord,
  type MismatchReason,
  type ProviderRecord,
} from "@/lib/domain/gaps";
import { usesGapsByDefault } from "./compose";
import type {
  LetterFacts,
  LetterLocale,
  LetterQuestionsFact,
  LetterRequestFact,
  LetterServiceFact,
  LetterTemplate,
} from "./types";

type NamedProvider = ProviderRecord & { readonly name: string };

export type LetterRecord = {
  template: LetterTemplate;
  locale: LetterLocale;
  today: IsoDate;
  child: ChildRecord & { readonly name: string };
  /** Every provider of the family: the engine judges supervisors and behavior analysts across them. */
  providers: readonly NamedProvider[];
  /** The services the family chose; absent: the child's gaps for the templates that speak of them. */
  serviceIds?: readonly string[];
  providerId?: string;
  request?: LetterRequestFact | null;
  recipient: { name: string; organization?: string | null };
  senderName: string | null;
  /** The engine's reason in the reader's words (the edge's state-aware messages, or MISMATCH_MESSAGES). */
  reasonWords: (reason: MismatchReason) => string;
};

/** A service named that is not a gap of the child: a letter must not call it missing. */
export class NotAGapError extends Error {
  constructor(readonly serviceIds: readonly string[]) {
    super(`not a gap: ${serviceIds.join(", ")}`);
  }
}

// The questions a family would ask a provider, in the catalog's order; the general ones when no one is named.
const GENERAL_QUESTIONS = ["licensed", "therapy-or-support", "interventions", "oversight"];

/**
 * The facts of a letter, all from the gap engine on `today`: each gap's `since` and `days`, its
 * duration in describeDuration's words, who delivers it now and the engine's reason, and the
 * questions still unanswered. Nothing here is guessed: what the record lacks is left out.
 */
export function letterFactsOn(record: LetterRecord): LetterFacts {
  const { today, locale, child, providers } = record;
  const catalog = catalogIn(locale);
  const gaps = childGapsOn(child, providers, today).services.filter(
    (gap) => gap.status !== "covered" && (gap.needed || gap.status === "mismatch"),
  );
  const byId = new Map(providers.map((provider) => [provider.id, provider]));

  let chosen = gaps;
  if (record.serviceIds && record.serviceIds.length > 0) {
    const wanted = new Set(record.serviceIds);
    const notGaps = [...wanted].filter((id) => !gaps.some((gap) => gap.serviceId === id));
    if (notGaps.length > 0) throw new NotAGapError(notGaps);
    chosen = gaps.filter((gap) => wanted.has(gap.serviceId));
  } else if (record.providerId) {
    chosen = gaps.filter((gap) => gap.providerIds.includes(record.providerId!));
  } else if (!usesGapsByDefault(record.template)) {
    chosen = [];
  }

  const services: LetterServiceFact[] = chosen.map((gap) => ({
    serviceId: gap.serviceId,
    label: catalog.serviceById(gap.serviceId)?.label ?? gap.serviceId,
    status: gap.status as LetterServiceFact["status"],
    since: gap.since,
    days: gap.days,
    duration: describeDuration(gap.days, locale).text,
    deliveredBy: gap.providerIds
      .map((id) => byId.get(id))
      .filter((provider): provider is NamedProvider => provider !== undefined)
      .map((provider) => ({ name: provider.name, statedTitle: provider.statedTitle })),
    reason: gap.reason ? record.reasonWords(gap.reason) : null,
  }));

  return {
    template: record.template,
    locale,
    today,
    childName: child.name,
    services,
    questions: record.template === "qualification-question" ? questionsOf(record, gaps, catalog) : [],
    request: record.request ?? null,
    recipient: { name: record.recipient.name, organization: record.recipient.organization ?? null },
    senderName: record.senderName,
  };
}

/**
 * The questions still unanswered: for the named provider, the title flag's and those of the gaps
 * they deliver; without one, each flagged provider of the child's team; with nobody, the general ones.
 */
function questionsOf(
  record: LetterRecord,
  gaps: ReturnType<typeof childGapsOn>["services"],
  catalog: ReturnType<typeof catalogIn>,
): LetterQuestionsFact[] {
  const team = record.providers.filter(
    (provider) => provider.childIds.includes(record.child.id) && isProviderActiveOn(provider, record.today),
  );
  const flags = titleFlagsOn(team, record.today);
  const order = new Map(catalog.questions.map((question, index) => [question.id, index]));
  const words = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .filter((id) => order.has(id))
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map((id) => catalog.questionById(id)!.text);
  const forProvider = (provider: NamedProvider): LetterQuestionsFact => {
    const answered = new Set(provider.answeredQuestionIds ?? []);
    const flagged = flags.find((flag) => flag.providerId === provider.id)?.questionIds ?? [];
    const fromGaps = gaps
      .filter((gap) => gap.providerIds.includes(provider.id))
      .flatMap((gap) => questionIdsForService(gap.serviceId));
    return {
      provider: { name: provider.name, statedTitle: provider.statedTitle },
      questions: words([...flagged, ...fromGaps].filter((id) => !answered.has(id))),
    };
  };

  if (record.providerId) {
    const provider = record.providers.find((entry) => entry.id === record.providerId);
    return provider ? [forProvider(provider)] : [];
  }
  const asked = team
    .filter((provider) => flags.some((flag) => flag.providerId === provider.id))
    .map(forProvider)
    .filter((entry) => entry.questions.length > 0);
  return asked.length > 0 ? asked : [{ provider: null, questions: words(GENERAL_QUESTIONS) }];
}
