import { useTranslations } from "next-intl";
import { DOCUMENT_KINDS } from "@/lib/schemas/limits";

/**
 * The kinds of paper as a select's options, in the reader's words. No "use client": it renders on
 * the server in the library's filter and in the browser in the upload and correction forms.
 */
export function DocumentKindOptions() {
  const t = useTranslations("documents.kinds");
  return DOCUMENT_KINDS.map((value) => (
    <option key={value} value={value}>
      {t(value)}
    </option>
  ));
}
