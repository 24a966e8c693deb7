import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { config } from "@/lib/core/config";
import { addMonths, isoDateIn, minDate, type IsoDate } from "@/lib/core/dates";
import {
  changeDates,
  familyGapsOn,
  timeline,
  type Timeline,
  type TimelineStep,
  type TitleFlag,
} from "@/lib/domain/gaps";
import { invalidFields } from "@/lib/core/validation";
import { rangeFits } from "@/lib/schemas/care-team";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { stateAwareMismatch } from "./mismatch-words";
import { defaultLocale, translatorFor } from "@/lib/core/i18n/translator";
import { requestLocale } from "@/lib/core/i18n/request-locale";
import { engineCache, perFamily } from "./engine-cache";
import type { FamilyRecords } from "./records";
import { readFamily } from "./scope";
import { gapKey, openRequestsOf, requestIdsByGap } from "./gap-requests";
import { isUsState, type UsState } from "@/lib/domain/catalog";

type GapDto = {
  serviceId: string;
  status: "covered" | "mismatch" | "unverified" | "missing";
  since: IsoDate;
  days: number;
  providerIds: string[];
  /** The family's open requests naming this service for this child, oldest asked first. */
  requestIds: string[];
  needed: boolean;
  neededFor: string[];
  reason?: string;
  reasonCode?: string;
};

export type FamilyGapsDto = {
  on: IsoDate;
  /** The family's state (two-letter code): its titles and the national ones are who could help. */
  state: UsState | null;
  children: { childId: string; name: string; services: GapDto[] }[];
  flags: TitleFlag[];
};

/** Today where the practice is: the server's own zone would move midnight for Oregon families. */
export const practiceToday = (now = new Date()): IsoDate => isoDateIn(config.timeZone, now);

/** `locale`: the language of the `reason` prose; by default the API request's (English outside one). */
export async function familyGaps(
  actor: Actor,
  familyId: string,
  on: IsoDate = practiceToday(),
  locale: string = requestLocale() ?? defaultLocale,
): Promise<FamilyGapsDto> {
  const db = await getDb();
  const family = await readFamily(db, actor, familyId, "gaps");
  const state = family.state && isUsState(family.state) ? family.state : null;
  const answers = await perFamily(db, "gaps", [family], on, (records) => ({
    names: records.children.map((child) => child.name),
    gaps: familyGapsOn(records.children, records.providers, on),
  }));
  const { names, gaps } = answers.get(familyId)!;
  const requestIds = requestIdsByGap(await openRequestsOf(db, family));
  const t = translatorFor(locale);
  return {
    on,
    state,
    children: gaps.children.map((child, index) => ({
      childId: child.childId,
      name: names[index]!,
      services: child.services.map(({ reason, providerIds, neededFor, ...rest }) => ({
        ...rest,
        providerIds: [...providerIds],
        requestIds: requestIds.get(gapKey(child.childId, rest.serviceId)) ?? [],
        neededFor: [...neededFor],
        ...(reason
          ? {
              reason: mismatchReasonText(
                stateAwareMismatch((key, values) => t(`mismatch.${key}` as never, values as never)),
                reason,
                locale,
              ),
              reasonCode: reason.code,
            }
          : {}),
      })),
    })),
    flags: [...gaps.flags],
  };
}

// A three-year weekly timeline is tens of kilobytes: keep only the ones read lately.
const perFamilyTimeline = engineCache("timelines", 500);

type ChildTimeline = Timeline["children"][number];

/** A marker on the timeline; provider events carry the provider's name and the title they gave. */
export type TimelineEventDto = ChildTimeline["events"][number] & { providerName?: string; statedTitle?: string };

export type TimelineDto = Omit<Timeline, "children"> & {
  children: (Omit<ChildTimeline, "events"> & { name: string; events: TimelineEventDto[] })[];
};

/**
 * The family's picture at every week or month. Without a range: from the first dated record (at
 * most three years back) to today.
 */
export async function familyTimeline(
  actor: Actor,
  familyId: string,
  range: { from?: IsoDate; to?: IsoDate; step: TimelineStep },
): Promise<TimelineDto> {
  const db = await getDb();
  const family = await readFamily(db, actor, familyId, "timeline");
  const to = range.to ?? practiceToday();
  // The range is part of what is kept: each range asked for is its own answer.
  const purpose = `timeline:${range.step}:${range.from ?? ""}:${to}`;
  const answers = await perFamilyTimeline(db, purpose, [family], to, (records) =>
    timelineOf(records, range.from, to, range.step),
  );
  return answers.get(familyId)!;
}

function timelineOf(records: FamilyRecords, from: IsoDate | undefined, to: IsoDate, step: TimelineStep): TimelineDto {
  const earliest = records.children.flatMap((child) => changeDates(child, records.providers)).sort()[0];
  const first = from ?? minDate(earliest ?? addMonths(to, -12), to);
  const threeYearsBack = addMonths(to, -36);
  const start = from ? first : first < threeYearsBack ? threeYearsBack : first;
  if (start > to) throw invalidFields({ from: "validation.endBeforeStart" });
  if (!rangeFits(start, to, step)) throw invalidFields({ from: "validation.rangeTooLong" });
  const picture = timeline(records.children, records.providers, start, to, step);
  return {
    ...picture,
    children: picture.children.map((child, index) => ({
      ...child,
      name: records.children[index]!.name,
      events: child.events.map((event) => {
        if (event.kind !== "provider-started" && event.kind !== "provider-ended") return event;
        const provider = records.providers.find((candidate) => candidate.id === event.subjectId);
        return provider ? { ...event, providerName: provider.name, statedTitle: provider.statedTitle } : event;
      }),
    })),
  };
}
