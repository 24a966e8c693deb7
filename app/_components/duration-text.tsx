import { describeDuration } from "@/lib/domain/gaps/duration";

/**
 * How long something has lasted, as people say it ("11 months"), with the exact days on hover and
 * for screen readers. Every page goes through describeDuration, so the home page, What's missing,
 * the timeline, the caseload and the summary give one number for one gap on one day.
 */
export function durationWords(days: number, locale: string): { text: string; exact: string } {
  return describeDuration(days, locale);
}

/** `children` is the sentence that holds the duration's words; the exact days follow it unseen. */
export function WithExactDays({ exact, text, children }: { exact: string; text: string; children: React.ReactNode }) {
  return (
    <span title={exact}>
      {children}
      {exact !== text && <span className="sr-only"> ({exact})</span>}
    </span>
  );
}
