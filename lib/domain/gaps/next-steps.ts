import { daysBetween, type IsoDate } from "@/lib/core/dates";
import { questionIdsForService } from "../catalog";
import { isSafetyGap } from "./summary";
import type { GapStatus, TitleFlag } from "./types";

/** The most a family's home shows: more than three "first" steps is a list, not a first step. */
export const MAX_NEXT_STEPS = 3;

type ServiceIn = {
  readonly serviceId: string;
  readonly status: GapStatus;
  readonly since: IsoDate;
  readonly days: number;
  readonly needed: boolean;
  readonly neededFor: readonly string[];
  readonly providerIds: readonly string[];
};

/** A request the family made that is still open past its due date (issue 19 records them). */
export type OverdueRequestIn = { readonly id: string; readonly dueOn: IsoDate };

/** What the ranking reads: the engine's gaps for one day (or the API's copy), and who started when. */
export type NextStepsInput = {
  readonly on: IsoDate;
  readonly children: readonly { readonly childId: string; readonly services: readonly ServiceIn[] }[];
  readonly flags: readonly Pick<TitleFlag, "providerId" | "kind" | "statedTitle" | "questionIds">[];
  readonly providers: readonly { readonly id: string; readonly startOn: IsoDate }[];
  readonly overdueRequests?: readonly OverdueRequestIn[];
};

type ServiceStep = {
  readonly childId: string;
  readonly serviceId: string;
  readonly since: IsoDate;
  readonly days: number;
  /** The first question to ask about this service, from the catalog. */
  readonly questionId: string | null;
};

export type NextStep =
  /** Safety planning nobody qualified provides while a safety-relevant need calls for it (988 goes beside it). */
  | ({
      readonly kind: "safety";
      readonly status: "missing" | "mismatch";
      readonly providerIds: readonly string[];
    } & ServiceStep)
  /** A request past its due date: `days` late. */
  | { readonly kind: "overdue-request"; readonly requestId: string; readonly dueOn: IsoDate; readonly days: number }
  /** A needed service nobody provides. */
  | ({ readonly kind: "missing" } & ServiceStep)
  /** A provider whose title may mislead: `days` since they started, the first question still unanswered. */
  | {
      readonly kind: "title";
      readonly providerId: string;
      readonly flag: TitleFlag["kind"];
      readonly statedTitle: string;
      readonly days: number | null;
      readonly questionId: string | null;
    }
  /** A needed service provided only by someone not qualified for it. */
  | ({ readonly kind: "mismatch"; readonly providerIds: readonly string[] } & ServiceStep);

export type NextStepKind = NextStep["kind"];

/** The caseload's order: safety first, then what is late, then the longest-missing, then titles. */
const KINDS: readonly NextStepKind[] = ["safety", "overdue-request", "missing", "title", "mismatch"];

const longestFirst = <T extends { days: number | null; childIndex: number; serviceId?: string }>(a: T, b: T) =>
  (b.days ?? -1) - (a.days ?? -1) ||
  a.childIndex - b.childIndex ||
  (a.serviceId ?? "").localeCompare(b.serviceId ?? "");

function candidates(input: NextStepsInput): Record<NextStepKind, NextStep[]> {
  const services = input.children.flatMap((child, childIndex) =>
    child.services.map((service) => ({ ...service, childId: child.childId, childIndex })),
  );
  const serviceStep = (service: (typeof services)[number]): ServiceStep => ({
    childId: service.childId,
    serviceId: service.serviceId,
    since: service.since,
    days: service.days,
    questionId: questionIdsForService(service.serviceId)[0] ?? null,
  });
  const safety = services.filter(isSafetyGap).sort(longestFirst);
  const missing = services
    .filter((service) => service.status === "missing" && service.needed && !isSafetyGap(service))
    .sort(longestFirst);
  const mismatch = services
    .filter((service) => service.status === "mismatch" && service.needed && !isSafetyGap(service))
    .sort(longestFirst);
  const started = new Map(input.providers.map((provider) => [provider.id, provider.startOn]));
  const overdue = (input.overdueRequests ?? [])
    .filter((request) => request.dueOn < input.on)
    .map((request) => ({ ...request, days: daysBetween(request.dueOn, input.on) }))
    .sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
  return {
    safety: safety.map((service) => ({
      kind: "safety",
      status: service.status as "missing" | "mismatch",
      providerIds: service.providerIds,
      ...serviceStep(service),
    })),
    "overdue-request": overdue.map((request) => ({
      kind: "overdue-request",
      requestId: request.id,
      dueOn: request.dueOn,
      days: request.days,
    })),
    missing: missing.map((service) => ({ kind: "missing", ...serviceStep(service) })),
    // The engine lists flags in the care team's order; that order is kept.
    title: input.flags.map((flag) => {
      const startOn = started.get(flag.providerId);
      return {
        kind: "title",
        providerId: flag.providerId,
        flag: flag.kind,
        statedTitle: flag.statedTitle,
        days: startOn && startOn <= input.on ? daysBetween(startOn, input.on) : null,
        questionId: flag.questionIds[0] ?? null,
      };
    }),
    mismatch: mismatch.map((service) => ({
      kind: "mismatch",
      providerIds: service.providerIds,
      ...serviceStep(service),
    })),
  };
}

/**
 * What to do first, at most three steps, ranked like the coach's caseload. Every safety gap comes
 * first. The other places go one kind at a time (the longest-missing service, then a title to
 * check) before a second step of the same kind, so one long list of missing services does not
 * hide a misleading title; leftover places go in rank order. Pure: `on` is the day.
 */
export function nextSteps(input: NextStepsInput, limit = MAX_NEXT_STEPS): NextStep[] {
  const byKind = candidates(input);
  const chosen = new Map<NextStepKind, NextStep[]>(KINDS.map((kind) => [kind, []]));
  let left = limit;
  const take = (kind: NextStepKind, count: number) => {
    const taken = chosen.get(kind)!;
    const more = byKind[kind].slice(taken.length, taken.length + Math.min(count, left));
    taken.push(...more);
    left -= more.length;
  };
  take("safety", limit);
  for (const kind of KINDS) take(kind, 1);
  for (const kind of KINDS) take(kind, limit);
  return KINDS.flatMap((kind) => chosen.get(kind)!);
}
