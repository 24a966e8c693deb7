import { addDays, addMonths, type IsoDate } from "@/lib/core/dates";

/** A duration as people say it ("11 months"), and the exact count for a tooltip or a screen reader ("340 days"). */
export type Duration = { readonly text: string; readonly exact: string };

type Unit = "day" | "week" | "month" | "year";

const WORDS: Record<"en" | "es", Record<Unit, { one: string; other: string }>> = {
  en: {
    day: { one: "day", other: "days" },
    week: { one: "week", other: "weeks" },
    month: { one: "month", other: "months" },
    year: { one: "year", other: "years" },
  },
  es: {
    day: { one: "día", other: "días" },
    week: { one: "semana", other: "semanas" },
    month: { one: "mes", other: "meses" },
    year: { one: "año", other: "años" },
  },
};

function say(count: number, unit: Unit, locale: string): string {
  const language = locale.toLowerCase().startsWith("es") ? "es" : "en";
  const form = new Intl.PluralRules(language).select(count) === "one" ? "one" : "other";
  return `${new Intl.NumberFormat(language).format(count)} ${WORDS[language][unit][form]}`;
}

/** Whole calendar months from `from` to `from + days` (Jan 31 + 1 month is Feb 28). */
function calendarMonths(from: IsoDate, days: number): number {
  const end = addDays(from, days);
  let months = Math.floor(days / 31);
  while (addMonths(from, months + 1) <= end) months += 1;
  return months;
}

/**
 * The one way every page says how long something has lasted. Under two weeks in days, under two
 * months in weeks, under two years in months, then in years; `exact` is always the days. With
 * `from` (the first day), months are calendar months from it; without, 30.44-day months.
 */
export function describeDuration(days: number, locale: string, from?: IsoDate): Duration {
  const whole = Math.max(0, Math.floor(days));
  const exact = say(whole, "day", locale);
  const months = from ? calendarMonths(from, whole) : Math.floor(whole / 30.4375);
  const text =
    whole < 14
      ? exact
      : months < 2
        ? say(Math.floor(whole / 7), "week", locale)
        : months < 24
          ? say(months, "month", locale)
          : say(Math.floor(months / 12), "year", locale);
  return { text, exact };
}
