import { addDays, daysBetween, type IsoDate } from "@/lib/core/dates";
import { evaluateJudged, judgeProviders } from "./evaluate";
import { titleFlagsOn } from "./title-flags";
import type { ChildGaps, ChildRecord, FamilyGaps, GapStatus, ProviderRecord, ServiceGap } from "./types";

/** Every date on which something about this child's picture can change, oldest first. */
export function changeDates(child: ChildRecord, providers: readonly ProviderRecord[]): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const need of child.needs) {
    dates.add(need.identifiedOn);
    if (need.resolvedOn) dates.add(need.resolvedOn);
  }
  for (const mark of child.serviceMarks) {
    dates.add(mark.markedOn);
    if (mark.clearedOn) dates.add(mark.clearedOn);
  }
  const addProvider = (provider: Pick<ProviderRecord, "startOn" | "endOn">) => {
    dates.add(provider.startOn);
    // The last day is the end date itself: the picture changes the day after.
    if (provider.endOn) dates.add(addDays(provider.endOn, 1));
  };
  for (const provider of providers) {
    if (!provider.childIds.includes(child.id)) continue;
    addProvider(provider);
    // A supervisor who serves other children still makes this child's supervised care count.
    const { supervisor } = provider;
    if (supervisor && "providerId" in supervisor) {
      const supervising = providers.find((member) => member.id === supervisor.providerId);
      if (supervising) addProvider(supervising);
    }
  }
  return [...dates].sort();
}

/**
 * One child's services on a day, each with the date it entered its current status. Statuses only
 * change on change dates, so walking those back (newest first) finds each `since` exactly.
 */
export function childGapsOn(child: ChildRecord, providers: readonly ProviderRecord[], on: IsoDate): ChildGaps {
  const judged = judgeProviders(child, providers);
  const current = evaluateJudged(child, judged, on);
  const since = new Map<string, IsoDate>();
  const pending = new Map<string, GapStatus>([...current].map(([serviceId, state]) => [serviceId, state.status]));
  const dates = changeDates(child, providers).filter((date) => date <= on);
  for (let index = dates.length - 1; index >= 0 && pending.size > 0; index--) {
    const date = dates[index]!;
    const before = evaluateJudged(child, judged, addDays(date, -1));
    for (const [serviceId, status] of pending) {
      if (before.get(serviceId)?.status === status && index > 0) continue;
      since.set(serviceId, date);
      pending.delete(serviceId);
    }
  }
  const services: ServiceGap[] = [...current.values()].map((state) => {
    const start = since.get(state.serviceId) ?? on;
    return { ...state, since: start, days: daysBetween(start, on) };
  });
  return { childId: child.id, services: services.sort(byUrgency) };
}

const STATUS_ORDER: Record<GapStatus, number> = { missing: 0, mismatch: 1, unverified: 2, covered: 3 };

/** Worst first, then longest first: what a family should look at before anything else. */
function byUrgency(a: ServiceGap, b: ServiceGap): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.days - a.days || a.serviceId.localeCompare(b.serviceId);
}

export function familyGapsOn(
  children: readonly ChildRecord[],
  providers: readonly ProviderRecord[],
  on: IsoDate,
): FamilyGaps {
  return {
    on,
    children: children.map((child) => childGapsOn(child, providers, on)),
    flags: titleFlagsOn(providers, on),
  };
}
