import { catalogIn } from "@/lib/domain/catalog/localize";
import { translatorFor } from "@/lib/core/i18n/translator";
import type { SummaryWords } from "./summary-html";

/** The summary's words in a language, outside React (the PDF route); the page uses next-intl's own. */
export function summaryWordsIn(locale: string): SummaryWords {
  const t = translatorFor(locale);
  return {
    t: (key, values) => t(`careSummary.${key}` as never, values as never),
    mismatch: (key, values) => t(`mismatch.${key}`, values),
    catalog: catalogIn(locale),
    locale,
  };
}
