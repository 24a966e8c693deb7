import { needById } from "../catalog";
import type { IsoDate } from "@/lib/core/dates";
import { judge, type Judgement } from "./qualification";
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

type Delivery = { qualified: string[]; mismatched: string[]; unknown: string[]; reason?: MismatchReason };

/** A provider with each delivered service already judged: judging does not depend on the day. */
export type JudgedProvider = {
  readonly id: string;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate | null;
  readonly judgements: readonly (readonly [string, Judgement])[];
};

/** Judge once, evaluate many days (the timeline samples a hundred and more). */
export function judgeProviders(child: ChildRecord, providers: readonly ProviderRecord[]): JudgedProvider[] {
  return providers
    .filter((provider) => provider.childIds.includes(child.id))
    .map((provider) => ({
      id: provider.id,
      startOn: provider.startOn,
      endOn: provider.endOn,
      judgements: provider.servicesDelivered.map((serviceId) => [serviceId, judge(provider, serviceId)] as const),
    }));
}

/**
 * The status of every service that is needed, or delivered by someone who does not qualify, for
 * one child on one day. `providers` may include other children's providers: they are skipped.
 */
export function evaluateChildOn(
  child: ChildRecord,
  providers: readonly ProviderRecord[],
  on: IsoDate,
): Map<string, ServiceState> {
  return evaluateJudged(child, judgeProviders(child, providers), on);
}

export function evaluateJudged(
  child: ChildRecord,
  providers: readonly JudgedProvider[],
  on: IsoDate,
): Map<string, ServiceState> {
  const deliveries = new Map<string, Delivery>();
  for (const provider of providers) {
    if (!isProviderActiveOn(provider, on)) continue;
    for (const [serviceId, judgement] of provider.judgements) {
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
    const base = { serviceId, needed: neededFor.length > 0, neededFor };
    if (delivery && delivery.qualified.length > 0) {
      if (base.needed) states.set(serviceId, { ...base, status: "covered", providerIds: delivery.qualified });
    } else if (delivery && delivery.mismatched.length > 0) {
      // Listed even when nothing calls for it: the family should learn what it is not getting.
      states.set(serviceId, { ...base, status: "mismatch", providerIds: delivery.mismatched, reason: delivery.reason });
    } else if (base.needed) {
      states.set(
        serviceId,
        delivery
          ? { ...base, status: "unverified", providerIds: delivery.unknown }
          : { ...base, status: "missing", providerIds: [] },
      );
    }
  }
  return states;
}
