/**
 * Calendar dates as ISO strings (YYYY-MM-DD). They compare correctly as strings, carry no time
 * zone, and are what the API and the database exchange. Arithmetic runs in UTC so that no
 * daylight-saving shift can move a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date: 2026-02-30 and 0000-00-00 are not. Years 1900–2999 only. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const toTime = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The same day of the month `months` later, clamped to the month's last day (Jan 31 → Feb 28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return fromTime(firstOfTarget.getTime());
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

/** Today's date where the practice is (the domain has no clock: callers pass `now`). */
export function isoDateIn(timeZone: string, now: Date): IsoDate {
  return dayFormatIn(timeZone).format(now);
}

// Making a DateTimeFormat costs far more than using one (a third of a millisecond each), and
// "today" is asked on every request: one per time zone is kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format)
    dayFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })),
    );
  return format;
}
