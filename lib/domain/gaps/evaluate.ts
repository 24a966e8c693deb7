import { needById } from "../catalog";
import type { IsoDate } from "@/lib/core/dates";
import { CRISIS_LINE, SAFETY_SERVICE_ID } from "./crisis";
import { isBehaviorAnalyst, judge, qualifiesToSupervise, type Judgement } from "./qualification";
import type { ChildRecord, MismatchReason, ProviderRecord, ServiceState } from "./types";

export const MARKED = "marked";

export const isNeedOpenOn = (need: { identifiedOn: IsoDate; resolvedOn: IsoDate | null }, on: IsoDate) =>
  need.identifiedOn <= on && (need.resolvedOn === null || on < need.resolvedOn);

export const isMarkOpenOn = (mark: { markedOn: IsoDate; clearedOn: IsoDate | null }, on: IsoDate) =>
  mark.markedOn <= on && (mark.clearedOn === null || on < mark.clearedOn);

export const isProviderActiveOn = (provider: Pick<ProviderRecord, "startOn" | "endOn">, on: IsoDate) =>
  provider.startOn <= on && (provider.endOn === null || on <= provider.endOn);

/** What open needs and marks call for on a day: service id → the needs (or "marked") behind it. */
function servicesNeededOn(child: ChildRecord, on: IsoDate): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  const add = (serviceId: string, why: string) => {
    const reasons = needed.get(serviceId) ?? [];
    if (!reasons.includes(why)) reasons.push(why);
    needed.set(serviceId, reasons);
  };
  for (const record of child.needs) {
    if (!isNeedOpenOn(record, on)) continue;
    for (const serviceId of needById(record.needId)?.services ?? []) add(serviceId, record.needId);
  }
  for (const mark of child.serviceMarks) if (isMarkOpenOn(mark, on)) add(mark.serviceId, MARKED);
  return needed;
}

/** The days (inclusive; `to` null: open-ended) someone who makes a conditional delivery count is there. */
export type PresenceWindow = { readonly from: IsoDate; readonly to: IsoDate | null };

const ALWAYS: PresenceWindow = { from: "0000-01-01", to: null };

/** A judgement with its condition, if any, turned into the days it holds. */
export type TeamJudgement =
  | Exclude<Judgement, { kind: "conditional" }>
  | { readonly kind: "conditional"; readonly reason: MismatchReason; readonly windows: readonly PresenceWindow[] };

/** A provider with each delivered service already judged against the team (the day is applied later). */
export type JudgedProvider = {
  readonly id: string;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate | null;
  readonly trainedIn: readonly string[];
  readonly judgements: readonly (readonly [string, TeamJudgement])[];
};

const windowOf = (provider: Pick<ProviderRecord, "startOn" | "endOn">): PresenceWindow => ({
  from: provider.startOn,
  to: provider.endOn,
});

/**
 * The days on which a conditional delivery counts: while its supervisor qualified for the service
 * is active (a provider of the family) or always (a named supervisor with a qualifying credential);
 * for a behavior technician, while a behavior analyst serves the child or supervises them (R1).
 */
function conditionWindows(
  provider: ProviderRecord,
  serviceId: string,
  reason: MismatchReason,
  team: readonly ProviderRecord[],
  childId: string,
): PresenceWindow[] {
  const { supervisor } = provider;
  const supervising =
    supervisor === null
      ? undefined
      : "providerId" in supervisor
        ? team.find((member) => member.id === supervisor.providerId && member.id !== provider.id)
        : { credentialIds: [supervisor.credentialId], window: ALWAYS };
  const supervisorCredentials = supervising?.credentialIds ?? [];
  const supervisorWindow = supervising && ("window" in supervising ? supervising.window : windowOf(supervising));
  if (reason.code === "needs-behavior-analyst") {
    const windows = team
      .filter((member) => member.id !== provider.id && member.childIds.includes(childId))
      .filter((member) => isBehaviorAnalyst(member.credentialIds))
      .map(windowOf);
    if (supervisorWindow && isBehaviorAnalyst(supervisorCredentials)) windows.push(supervisorWindow);
    return windows;
  }
  return supervisorWindow && qualifiesToSupervise(supervisorCredentials, serviceId) ? [supervisorWindow] : [];
}

/** Judge once, evaluate many days (the timeline evaluates every change date). */
export function judgeProviders(child: ChildRecord, providers: readonly ProviderRecord[]): JudgedProvider[] {
  return providers
    .filter((provider) => provider.childIds.includes(child.id))
    .map((provider) => ({
      id: provider.id,
      startOn: provider.startOn,
      endOn: provider.endOn,
      trainedIn: provider.trainedIn,
      judgements: provider.servicesDelivered.map((serviceId) => {
        const judgement = judge(provider, serviceId);
        const team: TeamJudgement =
          judgement.kind === "conditional"
            ? { ...judgement, windows: conditionWindows(provider, serviceId, judgement.reason, providers, child.id) }
            : judgement;
        return [serviceId, team] as const;
      }),
    }));
}

/** A team judgement on one day: a conditional one is qualified while its condition holds, else its mismatch. */
export function judgementOn(judgement: TeamJudgement, on: IsoDate): Exclude<Judgement, { kind: "conditional" }> {
  if (judgement.kind !== "conditional") return judgement;
  const holds = judgement.windows.some((window) => window.from <= on && (window.to === null || on <= window.to));
  return holds ? { kind: "qualified" } : { kind: "mismatch", reason: judgement.reason };
}

/**
 * May this provider deliver this service on this day, with this team (the family's providers)?
 * The same answer the gap engine gives, for showing one provider's deliveries.
 */
export function judgeOn(
  provider: ProviderRecord,
  serviceId: string,
  team: readonly ProviderRecord[],
  childId: string,
  on: IsoDate,
): Exclude<Judgement, { kind: "conditional" }> {
  const judgement = judge(provider, serviceId);
  if (judgement.kind !== "conditional") return judgement;
  return judgementOn(
    { ...judgement, windows: conditionWindows(provider, serviceId, judgement.reason, team, childId) },
    on,
  );
}

type Delivery = { qualified: string[]; mismatched: string[]; unknown: string[]; reason?: MismatchReason };

/**
 * The status of every service that is needed, or delivered by someone who does not qualify, for
 * one child on one day. `providers` may include other children's providers: they are skipped
 * (but count as supervisors of this child's providers).
 */
export function evaluateChildOn(
  child: ChildRecord,
  providers: readonly ProviderRecord[],
  on: IsoDate,
): Map<string, ServiceState> {
  return evaluateJudged(child, judgeProviders(child, providers), on);
}

/**
 * Services a need accepts another way (R9: PSB-CBT with caregivers for sexualized behavior): the
 * providers, active and qualified that day, who meet it. Only when every need behind the service
 * accepts that way: a trauma need beside it still calls for trauma treatment itself.
 */
function metAnotherWay(
  serviceId: string,
  neededFor: readonly string[],
  providers: readonly JudgedProvider[],
  on: IsoDate,
): string[] {
  if (neededFor.length === 0 || neededFor.includes(MARKED)) return [];
  const ways = neededFor.map((needId) => needById(needId)?.metAlsoBy?.filter((way) => way.serviceId === serviceId));
  if (ways.some((list) => !list || list.length === 0)) return [];
  const [first] = ways as NonNullable<(typeof ways)[number]>[];
  return providers
    .filter((provider) => isProviderActiveOn(provider, on))
    .filter((provider) =>
      first!.some(
        (way) =>
          provider.trainedIn.includes(way.model) &&
          provider.judgements.some(
            ([delivered, judgement]) =>
              way.through.includes(delivered) && judgementOn(judgement, on).kind === "qualified",
          ),
      ),
    )
    .map((provider) => provider.id);
}

export function evaluateJudged(
  child: ChildRecord,
  providers: readonly JudgedProvider[],
  on: IsoDate,
): Map<string, ServiceState> {
  const deliveries = new Map<string, Delivery>();
  for (const provider of providers) {
    if (!isProviderActiveOn(provider, on)) continue;
    for (const [serviceId, teamJudgement] of provider.judgements) {
      const judgement = judgementOn(teamJudgement, on);
      let delivery = deliveries.get(serviceId);
      if (!delivery) deliveries.set(serviceId, (delivery = { qualified: [], mismatched: [], unknown: [] }));
      if (judgement.kind === "qualified") delivery.qualified.push(provider.id);
      else if (judgement.kind === "unknown") delivery.unknown.push(provider.id);
      else {
        delivery.mismatched.push(provider.id);
        delivery.reason ??= judgement.reason;
      }
    }
  }
  const needed = servicesNeededOn(child, on);
  const states = new Map<string, ServiceState>();
  for (const serviceId of new Set([...needed.keys(), ...deliveries.keys()])) {
    const neededFor = needed.get(serviceId) ?? [];
    const delivery = deliveries.get(serviceId);
    const crisis = serviceId === SAFETY_SERVICE_ID ? { crisisLine: CRISIS_LINE } : {};
    const base = { serviceId, needed: neededFor.length > 0, neededFor };
    const otherWay = delivery?.qualified.length ? [] : metAnotherWay(serviceId, neededFor, providers, on);
    if (delivery && delivery.qualified.length > 0) {
      if (base.needed) states.set(serviceId, { ...base, status: "covered", providerIds: delivery.qualified });
    } else if (otherWay.length > 0) {
      states.set(serviceId, { ...base, status: "covered", providerIds: otherWay });
    } else if (delivery && delivery.mismatched.length > 0) {
      // Listed even when nothing calls for it: the family should learn what it is not getting.
      states.set(serviceId, {
        ...base,
        ...crisis,
        status: "mismatch",
        providerIds: delivery.mismatched,
        reason: delivery.reason,
      });
    } else if (base.needed) {
      states.set(
        serviceId,
        delivery
          ? { ...base, ...crisis, status: "unverified", providerIds: delivery.unknown }
          : { ...base, ...crisis, status: "missing", providerIds: [] },
      );
    }
  }
  return states;
}
