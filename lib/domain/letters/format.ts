import type { IsoDate } from "@/lib/core/dates";
import type { LetterLocale } from "./types";

/** "January 5, 2026" / "5 de enero de 2026": a letter spells its dates out. */
export function longDate(iso: IsoDate, locale: LetterLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** "a, b and c" / "a, b y c". */
export function andList(items: readonly string[], locale: LetterLocale): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** Mid-sentence a label reads in lower case ("family therapy"); an acronym ("ABA therapy") keeps its capitals. */
export function inSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase()
    ? label
    : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** A family's own words quoted inside a sentence: trailing punctuation off, so no ".”." follows. */
export function quoted(text: string): string {
  return text.trim().replace(/[\s.!?;:,]+$/u, "");
}
