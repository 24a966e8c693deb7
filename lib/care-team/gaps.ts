import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { config } from "@/lib/config";
import { addMonths, isoDateIn, minDate, type IsoDate } from "@/lib/domain/dates";
import { changeDates, familyGapsOn, timeline, type Timeline, type TimelineStep, type TitleFlag } from "@/lib/domain/gaps";
import { invalidFields } from "@/lib/http/respond";
import { rangeFits } from "@/lib/schemas/care-team";
import { mismatchReasonText } from "@/lib/i18n/mismatch-reason";
import { defaultLocale, translatorFor } from "@/lib/i18n/translator";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadFamilyRecords } from "./records";
import { readFamily } from "./scope";

export type GapDto = {
  serviceId: string;
  status: "covered" | "mismatch" | "unverified" | "missing";
  since: IsoDate;
  days: number;
  providerIds: string[];
  needed: boolean;
  neededFor: string[];
  reason?: string;
  reasonCode?: string;
};

export type FamilyGapsDto = { on: IsoDate; children: { childId: string; name: string; services: GapDto[] }[]; flags: TitleFlag[] };

/** Today where the practice is: the server's own zone would move midnight for Oregon families. */
export const practiceToday = (now = new Date()): IsoDate => isoDateIn(config.timeZone, now);

/** `locale`: the language of the `reason` prose; by default the API request's (English outside one). */
export async function familyGaps(actor: Actor, familyId: string, on: IsoDate = practiceToday(), locale: string = requestLocale() ?? defaultLocale): Promise<FamilyGapsDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "gaps");
  const records = await loadFamilyRecords(db, familyId);
  const gaps = familyGapsOn(records.children, records.providers, on);
  const t = translatorFor(locale);
  return {
    on,
    children: gaps.children.map((child, index) => ({
      childId: child.childId,
      name: records.children[index]!.name,
      services: child.services.map(({ reason, providerIds, neededFor, ...rest }) => ({
        ...rest,
        providerIds: [...providerIds],
        neededFor: [...neededFor],
        ...(reason ? { reason: mismatchReasonText((key, values) => t(`mismatch.${key}`, values), reason, locale), reasonCode: reason.code } : {}),
      })),
    })),
    flags: [...gaps.flags],
  };
}

export type TimelineDto = Omit<Timeline, "children"> & { children: (Timeline["children"][number] & { name: string })[] };

/**
 * The family's picture at every week or month. Without a range: from the first dated record (at
 * most three years back) to today.
 */
export async function familyTimeline(actor: Actor, familyId: string, range: { from?: IsoDate; to?: IsoDate; step: TimelineStep }): Promise<TimelineDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "timeline");
  const records = await loadFamilyRecords(db, familyId);
  const to = range.to ?? practiceToday();
  const earliest = records.children.flatMap((child) => changeDates(child, records.providers)).sort()[0];
  const from = range.from ?? minDate(earliest ?? addMonths(to, -12), to);
  const threeYearsBack = addMonths(to, -36);
  const start = range.from ? from : from < threeYearsBack ? threeYearsBack : from;
  if (start > to) throw invalidFields({ from: "validation.endBeforeStart" });
  if (!rangeFits(start, to, range.step)) throw invalidFields({ from: "validation.rangeTooLong" });
  const picture = timeline(records.children, records.providers, start, to, range.step);
  return { ...picture, children: picture.children.map((child, index) => ({ ...child, name: records.children[index]!.name })) };
}
