import type { useFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

/**
 * A calendar date (YYYY-MM-DD) as the reader's locale writes it. Read at UTC midnight and shown
 * in UTC, so no time zone can move it to the day before.
 */
export function calendarDate(format: Formatter, iso: string): string {
  return format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}
