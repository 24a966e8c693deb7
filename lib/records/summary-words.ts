import { catalogIn } from "@/lib/domain/catalog/localize";
import { translatorFor } from "@/lib/core/i18n/translator";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import type { SummaryWords } from "./summary-html";

/** The summary's words in a language, outside React (the PDF route); the page uses next-intl's own. */
export function summaryWordsIn(locale: string): SummaryWords {
  const t = translatorFor(locale);
  return {
    t: (key, values) => t(`careSummary.${key}` as never, values as never),
    mismatch: stateAwareMismatch((key, values) => t(`mismatch.${key}` as never, values as never)),
    catalog: catalogIn(locale),
    locale,
  };
}
