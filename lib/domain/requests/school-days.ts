import { addDays, type IsoDate } from "@/lib/core/dates";

/**
 * "School days" as Clarity can count them: Monday to Friday. Clarity knows no school's calendar,
 * so holidays, breaks, snow days and summer are NOT skipped: the real deadline is usually later
 * than the date this gives, never earlier. Every rule that counts school days says so.
 */
export function addSchoolDays(from: IsoDate, schoolDays: number): IsoDate {
  let date = from;
  let left = schoolDays;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWeekday(date)) left -= 1;
  }
  return date;
}

export function isWeekday(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}
