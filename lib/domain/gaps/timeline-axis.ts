import { addDays, addMonths, daysBetween, type IsoDate } from "@/lib/core/dates";

/**
 * Where dates sit on a timeline drawn from `from` to `to` (both days included), and which months
 * carry a label. Pure: the page formats the labels in the reader's language ("Dec 2025", never
 * "Dec 25", which reads as a day).
 */

/** Months between labels: every month for a year or less, every quarter up to three years, then every half-year. */
export type TickEvery = 1 | 3 | 6;

export type AxisTick = {
  /** The first day of the labelled month. */
  readonly date: IsoDate;
  /** How far along the axis the month begins, 0 to 1. */
  readonly at: number;
  /** Where its period (a month, quarter or half-year) ends on the axis: the next tick, or the end. */
  readonly end: number;
  /**
   * The period lies wholly inside the range (the last one may be cut short by `to`): only then
   * is there room for its label, centred under it.
   */
  readonly whole: boolean;
};

/** Days the axis spans: `to` is drawn in full, so a one-day range still has width. */
export function axisDays(from: IsoDate, to: IsoDate): number {
  return Math.max(1, daysBetween(from, to) + 1);
}

/** The start of `date` on the axis, 0 (the start of `from`) to 1 (the end of `to`), clamped. */
export function axisPosition(date: IsoDate, from: IsoDate, to: IsoDate): number {
  const at = daysBetween(from, date) / axisDays(from, to);
  return Math.min(1, Math.max(0, at));
}

export function tickEvery(from: IsoDate, to: IsoDate): TickEvery {
  const months = monthIndex(to) - monthIndex(from);
  if (months <= 12) return 1;
  if (months <= 36) return 3;
  return 6;
}

/**
 * One tick at the first day of every month (or quarter: January, April, July, October; or
 * half-year: January, July) that begins inside the range. Each month appears once, so no label
 * repeats. When the range starts on a month's first day, that month is ticked too.
 */
export function axisTicks(from: IsoDate, to: IsoDate): AxisTick[] {
  if (to < from) return [];
  const every = tickEvery(from, to);
  const starts: IsoDate[] = [];
  let month = firstOfMonth(from) === from ? from : addMonths(firstOfMonth(from), 1);
  while (month <= to) {
    if ((monthIndex(month) % 12) % every === 0) starts.push(month);
    month = addMonths(month, 1);
  }
  return starts.map((date, index) => {
    const next = starts[index + 1];
    const periodEnd = addMonths(date, every);
    return {
      date,
      at: axisPosition(date, from, to),
      end: next ? axisPosition(next, from, to) : 1,
      whole: next !== undefined || addDays(to, 1) >= periodEnd,
    };
  });
}

/** A stretch drawn on the axis: where it starts and how wide it is, both 0 to 1. */
export type AxisSpan = { readonly left: number; readonly width: number };

/**
 * An interval's place on the axis, from its first day to the end of its last day (`last` null: it
 * still holds on `to`). Clipped to the range; null when it lies wholly outside.
 */
export function axisSpan(first: IsoDate, last: IsoDate | null, from: IsoDate, to: IsoDate): AxisSpan | null {
  const end = last ?? to;
  if (end < from || first > to) return null;
  const left = axisPosition(first < from ? from : first, from, to);
  const right = axisPosition(addDays(end > to ? to : end, 1), from, to);
  return { left, width: right - left };
}

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

/** Months since year 0: January of any year is a multiple of 12. */
function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * Rows for markers that would touch: each position (0 to 1, in order) takes the first row whose
 * last marker is at least `gap` before it, so markers days apart stay apart and each can be
 * pointed at. With every row taken, the one whose last marker is furthest back.
 */
export function markerRows(positions: readonly number[], gap: number, rows = 3): number[] {
  const lastAt = Array.from({ length: rows }, () => Number.NEGATIVE_INFINITY);
  return positions.map((at) => {
    let row = lastAt.findIndex((last) => at - last >= gap);
    if (row === -1) row = lastAt.indexOf(Math.min(...lastAt));
    lastAt[row] = at;
    return row;
  });
}
