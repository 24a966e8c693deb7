import type { IsoDate } from "@/lib/core/dates";

/** The letters Clarity drafts, one per way a family pushes for clarity (issue 19). */
export const LETTER_TEMPLATES = [
  "service-request",
  "qualification-question",
  "records-request",
  "appeal",
  "school-evaluation",
] as const;
export type LetterTemplate = (typeof LETTER_TEMPLATES)[number];

export const LETTER_LOCALES = ["en", "es"] as const;
export type LetterLocale = (typeof LETTER_LOCALES)[number];

/** Someone who delivers a service now, as the family wrote them down. */
export type LetterProviderFact = { readonly name: string; readonly statedTitle: string };

/** One gap as the engine sees it on the letter's day, already in the letter's language. */
export type LetterServiceFact = {
  readonly serviceId: string;
  /** The catalog's label in the letter's language ("Family therapy"). */
  readonly label: string;
  readonly status: "missing" | "mismatch" | "unverified";
  /** The first day of the current status, and how long that is (describeDuration's words). */
  readonly since: IsoDate;
  readonly days: number;
  readonly duration: string;
  /** Who delivers it now (empty for a missing service). */
  readonly deliveredBy: readonly LetterProviderFact[];
  /** The engine's reason in words, a whole sentence; null when there is none. */
  readonly reason: string | null;
};

/** The questions still unanswered, for one provider or (provider null) for whoever reads the letter. */
export type LetterQuestionsFact = {
  readonly provider: LetterProviderFact | null;
  readonly questions: readonly string[];
};

/** A request the letter follows up on, as the family recorded it. */
export type LetterRequestFact = {
  readonly askedOn: IsoDate;
  readonly toName: string;
  readonly summary: string;
  readonly status: "open" | "answered" | "granted" | "denied" | "withdrawn";
  readonly dueOn: IsoDate | null;
  /** The day of the update that recorded the denial, when there is one. */
  readonly deniedOn: IsoDate | null;
};

export type LetterFacts = {
  readonly template: LetterTemplate;
  readonly locale: LetterLocale;
  /** The letter's date: every duration is counted to it. */
  readonly today: IsoDate;
  readonly childName: string;
  readonly services: readonly LetterServiceFact[];
  readonly questions: readonly LetterQuestionsFact[];
  readonly request: LetterRequestFact | null;
  readonly recipient: { readonly name: string; readonly organization: string | null };
  readonly senderName: string | null;
};

export type LetterText = { subject: string; body: string };
